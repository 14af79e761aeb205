-- A run reads the interval readings of an operator's chargers: for each reading, whether its meter
-- is one of the operator's chargers. Without an index led by the charger id that check read every
-- charger registration for every reading.
create index charger_by_record_id on charger (record_id, operator_id);
