-- The meter a charger signs its sessions' meter values with (OCMF): its public key as hex DER
-- SubjectPublicKeyInfo (checked on ingest to be a key on a curve OCMF names; a P-521 key is 316
-- hex digits) and its serial, as the meter writes it in the signed data (MS). Both optional:
-- chargers registered before have neither, and their sessions' signed data cannot be verified.
alter table charger add column meter_public_key varchar(1000);
alter table charger add column meter_serial varchar(64);
