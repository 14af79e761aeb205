-- A run streams an operator's sessions and discharges by start (record id breaks ties). With the id
-- in the index, the index serves that order and the database streams the rows instead of sorting
-- a month of them first.
create index charging_session_in_start_order on charging_session (party_id, started_at, record_id);
drop index charging_session_by_start;
create index v2g_discharge_in_start_order on v2g_discharge (party_id, started_at, record_id);
drop index v2g_discharge_by_start;
