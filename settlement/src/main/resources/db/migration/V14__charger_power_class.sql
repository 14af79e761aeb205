-- What a charger's power class is derived from: its current type (AC or DC) and its connector as
-- OCPI names it (IEC_62196_T2_COMBO, GBT_DC, CHAOJI, ...; at most 32 characters, checked on
-- ingest). Both optional: chargers registered before stay as they were, with neither, and their
-- class is inferred from the rated power.
alter table charger add column current_type varchar(2);
alter table charger add column connector varchar(32);
