-- The verdict on each session's signed meter values (OCMF) that a run's rules checked (CS-5 of
-- the Beijing pack): VERIFIED, FAILED or UNVERIFIABLE, the verifier's reason, the energy the meter
-- signed (null when it could not be read) and the energy reported. A withheld subsidy traces to
-- its session's row; the auditor workbook lists them all. Cleared with a failed partition's lines.
create table run_meter_verdict (
    run_id           bigint         not null references settlement_run (id),
    operator_id      varchar(64)    not null,
    session_id       varchar(160)   not null,
    session_version  integer        not null,
    charger_id       varchar(160)   not null,
    verdict          varchar(12)    not null,
    reason           varchar(1000)  not null,
    signed_kwh       numeric(18, 6),
    reported_kwh     numeric(18, 6) not null,
    primary key (run_id, operator_id, session_id)
);
