-- The rules a run's lines cite, once per run; a line refers to its rule by number. The rule's text,
-- its policy file and the rule-set hash were about 150 of a line's 420 bytes, the same on line
-- after line. The hash of every line is its run's (settlement refuses a pack that changed since
-- the run started), so it is read from the run.
create table run_rule (
    run_id       bigint        not null,
    rule_no      integer       not null,
    rule         varchar(300)  not null,
    policy_file  varchar(128)  not null,
    primary key (run_id, rule_no),
    constraint run_rule_text unique (run_id, rule, policy_file)
);

insert into run_rule (run_id, rule_no, rule, policy_file)
select run_id, row_number() over (partition by run_id order by policy_file, rule), rule, policy_file
from (select distinct run_id, rule, policy_file from settlement_line) cited;

alter table settlement_line add column rule_no integer;
update settlement_line l set rule_no = (
    select r.rule_no from run_rule r
    where r.run_id = l.run_id and r.rule = l.rule and r.policy_file = l.policy_file);
alter table settlement_line alter column rule_no set not null;
alter table settlement_line drop column rule;
alter table settlement_line drop column policy_file;
alter table settlement_line drop column ruleset_sha256;
