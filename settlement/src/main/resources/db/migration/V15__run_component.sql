-- The components of a run as its pack defines them: who pays whom, and whether the quantity is the
-- record's delivered energy (energy totals and the valley share add up only those). Runs written
-- before packs could define components used the built-in ones.
create table run_component (
    run_id         bigint       not null references settlement_run (id),
    component      varchar(20)  not null,
    payer_role     varchar(8)   not null,
    payee_role     varchar(8)   not null,
    counts_energy  boolean      not null,
    primary key (run_id, component)
);

insert into run_component select id, 'ENERGY', 'OPERATOR', 'UTILITY', true from settlement_run;
insert into run_component select id, 'V2G_COMPENSATION', 'UTILITY', 'OPERATOR', false from settlement_run;
insert into run_component select id, 'SUBSIDY', 'FUND', 'OPERATOR', false from settlement_run;
insert into run_component select id, 'WITHHELD', 'OPERATOR', 'FUND', false from settlement_run;
insert into run_component select id, 'INCENTIVE', 'UTILITY', 'OPERATOR', false from settlement_run;
insert into run_component select id, 'DEMAND_CHARGE', 'OPERATOR', 'UTILITY', false from settlement_run;
