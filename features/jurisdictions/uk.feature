@pipeline
Feature: A UK-style pack: another zone, currency, rounding, tariff and charges
  A jurisdiction is a pack of files. The UK-style pack works in Europe/London, with its clock
  changes, in pounds rounded half to even. Its two-rate tariff has an off-peak night of
  00:30-07:30 set in GMT all year (0.0950 GBP per kWh) and a day rate of 0.2450 GBP per kWh; every
  charging session pays a standing charge of 0.35 GBP, a component of its own; a site whose
  15-minute peak exceeds its connection limit pays 8.50 GBP per kW over it for the month. It has no
  subsidy fund. Rates are illustrative. Times below are London wall-clock times.

  Background:
    Given the UK pack
    And operator OP1 has a public 22 kW charger CP1 at site LON-1 served by utility UKPN

  Scenario: The night is set in GMT, so in summer it runs to 08:30 on the wall clock
    # 07:00-08:00 BST is 06:00-07:00 GMT, inside the night: 10 kWh x 0.0950 = 0.95
    When OP1 charges 10 kWh on CP1 from 2026-07-15 07:00 to 2026-07-15 08:00 in session U-1
    Then OP1 owes UKPN 0.95 GBP for 10 kWh of OFF_PEAK energy in session U-1
    And OP1 owes UKPN a standing charge of 0.35 GBP for session U-1

  Scenario: Half a penny is rounded to the even penny
    # 5 kWh x 0.2450 = 1.225 GBP: 1.22 (half up would make it 1.23)
    When OP1 charges 5 kWh on CP1 from 2026-07-15 12:00 to 2026-07-15 12:30 in session U-2
    Then OP1 owes UKPN 1.22 GBP for 5 kWh of DAY energy in session U-2

  Scenario: The night the clocks go back
    # 00:45 BST to 01:15 GMT is 90 minutes: 45 of day (to 00:30 GMT) and 45 of night, 4.5 kWh each
    # day 4.5 x 0.2450 = 1.1025 -> 1.10; night 4.5 x 0.0950 = 0.4275 -> 0.43
    When OP1 charges 9 kWh on CP1 from 2026-10-25T00:45+01:00 to 2026-10-25T01:15+00:00 in session U-3
    Then OP1 owes UKPN 1.10 GBP for 4.5 kWh of DAY energy in session U-3
    And OP1 owes UKPN 0.43 GBP for 4.5 kWh of OFF_PEAK energy in session U-3

  Scenario: Two chargers of a site draw over its connection limit together
    # 18:00-18:15: 12.5 + 12.5 kWh = 100 kW, 40 kW over the limit of 60 kW: 40 x 8.50 = 340.00
    # energy: 25 x 0.2450 = 6.125 -> 6.12 and 12.5 x 0.2450 = 3.0625 -> 3.06, half to even
    Given operator OP1 has a public 50 kW charger C1 at site LON-9 served by utility UKPN
    And operator OP1 has a public 50 kW charger C2 at site LON-9 served by utility UKPN
    And site LON-9 of OP1 is registered with utility UKPN and a connection limit of 60 kW
    When OP1 charges 25 kWh on C1 from 2026-10-06 18:00 to 2026-10-06 18:30 in session U-4
    And OP1 charges 12.5 kWh on C2 from 2026-10-06 18:00 to 2026-10-06 18:15 in session U-5
    Then OP1 pays UKPN a demand charge of 340.00 GBP for 40 kW over the limit of site LON-9
    And OP1 owes UKPN 6.12 GBP for 25 kWh of DAY energy in session U-4
    And OP1 owes UKPN 3.06 GBP for 12.5 kWh of DAY energy in session U-5

  Scenario: A utility that publishes half-hourly prices is paid at each half hour's price
    # 17:15-18:15 BST is 16:15-17:15 GMT; 12 kWh at constant power: 3, 6 and 3 kWh in the half hours
    # 3 x 0.3512 = 1.0536 -> 1.05; 6 x 0.4075 = 2.445 -> 2.44 (half to even); 3 x 0.2890 = 0.867 -> 0.87
    Given operator OP1 has a public 22 kW charger CP9 at site LON-2 served by utility OCTO
    And utility OCTO publishes its prices per kWh:
      | from             | minutes | price  | currency |
      | 2026-10-14 17:00 | 30      | 0.3512 | GBP      |
      | 2026-10-14 17:30 | 30      | 0.4075 | GBP      |
      | 2026-10-14 18:00 | 30      | 0.2890 | GBP      |
    When OP1 charges 12 kWh on CP9 from 2026-10-14 17:15 to 2026-10-14 18:15 in session U-6
    Then OP1 owes OCTO for session U-6 at the published prices:
      | kWh | price  | amount | currency |
      | 3   | 0.3512 | 1.05   | GBP      |
      | 6   | 0.4075 | 2.44   | GBP      |
      | 3   | 0.2890 | 0.87   | GBP      |
    And OP1 owes OCTO a standing charge of 0.35 GBP for session U-6

  Scenario: The carbon of charging is reported, not paid
    # UKPN's grid: 100 g per kWh from 00:00 to 07:00 GMT, 200 otherwise. The lowest-carbon quarter
    # of October's 745 hours is 187 of the 100-g hours, the earliest (to 27 October 05:00 GMT).
    # U-1 07:00-08:00 BST = 06:00-07:00 GMT: 10 kWh x 100 g = 1,000 g, in a lowest hour;
    # U-2 12:00-12:30 BST: 5 kWh x 200 g = 1,000 g. 2 kg in all; 10 of 15 kWh = 66.67 %
    Given utility UKPN publishes a carbon intensity of 100 g per kWh from 0:00 to 7:00 GMT and 200 g per kWh at the other hours of 2026-10
    When OP1 charges 10 kWh on CP1 from 2026-10-06 07:00 to 2026-10-06 08:00 in session U-1
    And OP1 charges 5 kWh on CP1 from 2026-10-06 12:00 to 2026-10-06 12:30 in session U-2
    Then the regulator's workbook reports OP1's charging as 2 kg CO2, with 66.67 % of its energy in the lowest-carbon hours
