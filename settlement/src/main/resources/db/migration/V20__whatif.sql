-- What-ifs: a draft pack's lines and subsidy refusals over a period's latest inputs, kept only
-- while they are compared with the period's latest run, then deleted. They are not the ledger: no
-- run, statement or export ever reads them. A what-if killed before it deleted its rows leaves
-- them behind; the next what-if deletes those older than a day.
create table whatif (
    id           varchar(40)  primary key,
    period       varchar(7)   not null,
    started_at   timestamp with time zone not null
);

create table whatif_line (
    whatif_id       varchar(40)   not null,
    operator_id     varchar(64)   not null,
    charger_id      varchar(64)   not null,
    component       varchar(20)   not null,
    window_class    varchar(16),
    payer           varchar(64)   not null,
    payee           varchar(64)   not null,
    record_type     varchar(16)   not null,
    record_id       varchar(160)  not null,
    record_version  integer       not null,
    quantity        numeric(20, 6) not null,
    unit            varchar(8)    not null,
    rate            numeric(18, 6),
    amount          numeric(20, 4) not null,
    currency        varchar(3)    not null,
    rule            varchar(300)  not null,
    policy_file     varchar(128)  not null,
    explanation     varchar(2000) not null
);
create index whatif_line_by_record on whatif_line (whatif_id, operator_id, record_id);

create table whatif_refusal (
    whatif_id    varchar(40)   not null,
    operator_id  varchar(64)   not null,
    session_id   varchar(160)  not null,
    category     varchar(64)   not null,
    reason       varchar(2000) not null
);
create index whatif_refusal_by_session on whatif_refusal (whatif_id, operator_id, session_id);
