-- A record's latest version is the highest version its own table holds for it. record_head kept a
-- copy of that for every record: two more B-tree maps written per ingested row (a primary key
-- without a number gets a hidden row map), two in five of a session's. The version constraints
-- now lead with the record id: ingestion looks a chunk's ids up as a list, and an index serves a
-- list only of its first column.
drop table record_head;

alter table charger drop constraint charger_version;
alter table charger add constraint charger_version unique (record_id, party_id, version);
alter table charging_session drop constraint charging_session_version;
alter table charging_session add constraint charging_session_version
    unique (record_id, party_id, version);
alter table v2g_discharge drop constraint v2g_discharge_version;
alter table v2g_discharge add constraint v2g_discharge_version
    unique (record_id, party_id, version);
alter table interval_reading drop constraint interval_reading_version;
alter table interval_reading add constraint interval_reading_version
    unique (record_id, party_id, version);
alter table dispatch_event drop constraint dispatch_event_version;
alter table dispatch_event add constraint dispatch_event_version
    unique (record_id, party_id, version);
alter table station_rating drop constraint station_rating_version;
alter table station_rating add constraint station_rating_version
    unique (record_id, party_id, version);
