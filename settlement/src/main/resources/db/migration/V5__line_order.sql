-- Lines are published in the order the engine produced them: settlement lines before adjustments,
-- then by operator, then line_no (the order within the operator's part of the run). The index
-- serves that order, so publishing a run reads its lines without sorting them.
alter table settlement_line add column line_no bigint default 0 not null;
create index settlement_line_in_order on settlement_line (run_id, kind desc, operator_id, line_no);
drop index settlement_line_by_run;

-- Statements also count their lines, so reports of a run read statements instead of every line.
alter table run_statement add column lines bigint default 0 not null;
update run_statement s set lines = (
    select count(*) from settlement_line l
    where l.run_id = s.run_id and l.payer = s.payer and l.payee = s.payee
      and l.operator_id = s.operator_id and l.component = s.component and l.kind = s.kind
      and l.window_class is not distinct from s.window_class);
