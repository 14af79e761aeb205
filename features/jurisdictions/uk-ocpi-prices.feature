@pipeline
Feature: The UK pack prices OCPI CDRs with their tariffs, checks what they state and caps the price
  An operator publishes its tariffs and sends its charge detail records (CDRs) as OCPI 2.2.1 files.
  The UK pack prices each CDR again with the tariff its charging periods name, as the operator had
  published it when the session started (by the tariff's last_updated), in London local time. Per
  operator, the regulator's workbook counts the CDRs whose stated total cost including VAT differs
  from that price by more than 0.01 GBP, with the sum of the differences (stated less computed), and
  those whose total matches it. Where the price including VAT exceeds the cap of 0.79 GBP per kWh,
  the operator owes the excess, the price including VAT less 0.79 x the session's kWh, to the redress
  fund UK-REDRESS-FUND. A CDR in another currency than the pack's pounds is not priced, and is
  counted with that reason. Times below are London wall-clock times; October 2026 is in summer time
  (BST, UTC+1) until the 25th. Rates are illustrative.

  Background:
    Given the UK pack
    And operator OP1 has a public 22 kW AC charger AC1 at site LON-1 served by utility UKPN
    And operator OP1 has a public 150 kW DC charger DC1 at site LON-1 served by utility UKPN

  Scenario: A CDR that states what its tariff gives is reported as matching
    # 10 kWh x 0.50 = 5.00 excluding VAT, x 1.20 = 6.00 including VAT: the CDR states 6.00
    # 6.00 / 10 = 0.60 GBP per kWh, under the cap of 0.79: no excess
    Given OP1 publishes OCPI tariff T-AC on 2026-09-01: 0.50 GBP per kWh with 20 % VAT
    When OP1 sends CDR C-1 for 10 kWh on AC1 from 2026-10-06 11:00 to 2026-10-06 12:00 with tariff T-AC, stating 5.00 GBP excluding and 6.00 GBP including VAT
    Then OP1's price checks show 1 CDR whose stated total matches the tariff
    And OP1's price checks show nothing else
    And no price cap excess is owed for session C-1

  Scenario: A CDR that overstates its total is reported with the difference
    # the tariff gives 10 x 0.50 x 1.20 = 6.00 including VAT; the CDR states 6.50: 6.50 - 6.00 = 0.50,
    # more than the tolerance of 0.01. 0.60 GBP per kWh is under the cap: no excess
    Given OP1 publishes OCPI tariff T-AC on 2026-09-01: 0.50 GBP per kWh with 20 % VAT
    When OP1 sends CDR C-2 for 10 kWh on AC1 from 2026-10-06 11:00 to 2026-10-06 12:00 with tariff T-AC, stating 5.40 GBP excluding and 6.50 GBP including VAT
    Then OP1's price checks show 1 CDR whose stated total differs from the tariff, by 0.50 GBP in all
    And OP1's price checks show nothing else
    And no price cap excess is owed for session C-2

  Scenario: A rapid-charger session priced above the cap pays the excess to the redress fund
    # 20 kWh x 0.75 + 1.00 start fee = 16.00 excluding VAT, x 1.20 = 19.20 including VAT, as stated
    # 19.20 / 20 = 0.96 GBP per kWh, above the cap: 19.20 - 0.79 x 20 = 19.20 - 15.80 = 3.40
    Given OP1 publishes OCPI tariff T-DC on 2026-09-01: 0.75 GBP per kWh and a start fee of 1.00 GBP, both with 20 % VAT
    When OP1 sends CDR C-3 for 20 kWh on DC1 from 2026-10-06 11:00 to 2026-10-06 12:00 with tariff T-DC, stating 16.00 GBP excluding and 19.20 GBP including VAT
    Then OP1 owes the redress fund 3.40 GBP for session C-3 priced above the cap
    And the excess of session C-3 is explained as costing "19.2 GBP including VAT for 20 kWh with tariff T-DC (from the operator's tariffs), 0.96 GBP per kWh"
    And OP1's price checks show 1 CDR whose stated total matches the tariff
    And OP1's price checks show nothing else

  Scenario: The tariff as published when the session started prices it, not a later raise
    # C-4 on 6 October, before the raise of 20 October: 10 x 0.50 x 1.20 = 6.00, as stated;
    # 0.60 per kWh, no excess. Priced with the raised tariff it would be 10 x 0.70 x 1.20 = 8.40:
    # 2.40 less than stated, and 8.40 - 7.90 = 0.50 over the cap.
    # C-5 on 22 October, after the raise: 10 x 0.70 x 1.20 = 8.40, as stated;
    # 8.40 / 10 = 0.84 per kWh, above the cap: 8.40 - 0.79 x 10 = 8.40 - 7.90 = 0.50
    Given OP1 publishes OCPI tariff T-AC on 2026-09-01: 0.50 GBP per kWh with 20 % VAT
    And OP1 publishes OCPI tariff T-AC on 2026-10-20: 0.70 GBP per kWh with 20 % VAT
    When OP1 sends CDR C-4 for 10 kWh on AC1 from 2026-10-06 11:00 to 2026-10-06 12:00 with tariff T-AC, stating 5.00 GBP excluding and 6.00 GBP including VAT
    And OP1 sends CDR C-5 for 10 kWh on AC1 from 2026-10-22 11:00 to 2026-10-22 12:00 with tariff T-AC, stating 7.00 GBP excluding and 8.40 GBP including VAT
    Then OP1's price checks show 2 CDRs whose stated total matches the tariff
    And OP1's price checks show nothing else
    And no price cap excess is owed for session C-4
    And OP1 owes the redress fund 0.50 GBP for session C-5 priced above the cap
    And the excess of session C-5 is explained as costing "8.4 GBP including VAT for 10 kWh with tariff T-AC (from the operator's tariffs), 0.84 GBP per kWh"

  Scenario: A CDR in euros is not priced by the pounds pack, and is reported with the reason
    # 10 kWh x 0.90 x 1.20 = 10.80 EUR including VAT, as stated. Read as pounds it would be 1.08 per
    # kWh, above the cap; but pounds and euros are never mixed: the CDR is not priced, so neither
    # checked against its tariff nor capped
    Given OP1 publishes OCPI tariff T-EU on 2026-09-01: 0.90 EUR per kWh with 20 % VAT
    When OP1 sends CDR C-6 for 10 kWh on AC1 from 2026-10-06 11:00 to 2026-10-06 12:00 with tariff T-EU, stating 9.00 EUR excluding and 10.80 EUR including VAT
    Then OP1's price checks show 1 CDR not priced, for the reason "other currency"
    And OP1's price checks show nothing else
    And no price cap excess is owed for session C-6

  Scenario: A tariff's hours are London's: a 10:00-11:00 price applies from 10:00 BST
    # 10:00-11:00 BST is 09:00-10:00 UTC. In London time the session is inside 10:00-11:00:
    # 10 kWh x 1.00 = 10.00, no VAT, as stated; 10.00 / 10 = 1.00 per kWh, above the cap:
    # 10.00 - 0.79 x 10 = 10.00 - 7.90 = 2.10.
    # (Read in UTC, 09:00 would be outside it: 10 x 0.20 = 2.00, and no excess)
    Given OP1 publishes OCPI tariff T-PEAK on 2026-09-01, without VAT: 1.00 GBP per kWh from 10:00 to 11:00 and 0.20 GBP per kWh at other times
    When OP1 sends CDR C-7 for 10 kWh on AC1 from 2026-10-06 10:00 to 2026-10-06 11:00 with tariff T-PEAK, stating 10.00 GBP excluding and 10.00 GBP including VAT
    Then OP1 owes the redress fund 2.10 GBP for session C-7 priced above the cap
    And OP1's price checks show 1 CDR whose stated total matches the tariff
    And OP1's price checks show nothing else
