-- Amounts are stored in their currency's minor unit, which is not always cents: a dinar has three
-- decimals (KWD, BHD), a yen none. Four decimals hold every currency's minor unit exactly; amounts
-- are read back at their currency's own scale.
alter table settlement_line alter column amount set data type numeric(20, 4);
alter table run_statement alter column amount set data type numeric(20, 4);
