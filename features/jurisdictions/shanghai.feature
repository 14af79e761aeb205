@pipeline
Feature: The Shanghai pack: taxi cards, ultrafast chargers and the service fee
  Shanghai's pack extends Beijing's national rules (cybersecurity, V2G, valley share) with its own
  time-of-use tariff (valley 22:00-06:00 0.3100, flat 0.6400, peak 08:00-11:00 and 18:00-21:00
  1.0200 CNY per kWh) and policies, all illustrative: a taxi charging subsidy of 0.40 CNY per kWh
  on taxi chargers, up to 600 kWh per card and month counted at every operator together; a bonus of
  0.10 CNY per kWh of public charging on ultrafast (350 kW and above) and ChaoJi chargers, from
  the fund, for chargers that meet the cybersecurity requirements; a service fee of 0.05 CNY per
  kWh of public charging, paid by the operator to the grid company.

  Background:
    Given the Shanghai pack

  Scenario: A taxi card over its monthly cap is paid for the cap, shared by the operators it charged at
    # 5 x 100 kWh at OP1 and 3 x 100 at OP2: 800 kWh, 600 paid, 500/800 at OP1 and 300/800 at OP2
    # OP1 375 kWh x 0.40 = 150.00; OP2 225 kWh x 0.40 = 90.00
    Given operator OP1 has a taxi 120 kW charger TX1 at site HQ-1 served by utility SMEPC
    And operator OP2 has a taxi 120 kW charger TX2 at site HQ-2 served by utility SMEPC
    When OP1 charges 100 kWh on TX1 from 2026-10-12 12:00 to 2026-10-12 13:00 in session A-1 with card K9
    And OP1 charges 100 kWh on TX1 from 2026-10-13 12:00 to 2026-10-13 13:00 in session A-2 with card K9
    And OP1 charges 100 kWh on TX1 from 2026-10-14 12:00 to 2026-10-14 13:00 in session A-3 with card K9
    And OP1 charges 100 kWh on TX1 from 2026-10-15 12:00 to 2026-10-15 13:00 in session A-4 with card K9
    And OP1 charges 100 kWh on TX1 from 2026-10-16 12:00 to 2026-10-16 13:00 in session A-5 with card K9
    And OP2 charges 100 kWh on TX2 from 2026-10-12 12:00 to 2026-10-12 13:00 in session B-1 with card K9
    And OP2 charges 100 kWh on TX2 from 2026-10-13 12:00 to 2026-10-13 13:00 in session B-2 with card K9
    And OP2 charges 100 kWh on TX2 from 2026-10-14 12:00 to 2026-10-14 13:00 in session B-3 with card K9
    Then the fund pays OP1 a subsidy of 150.00 CNY for 375 kWh of card K9
    And the fund pays OP2 a subsidy of 90.00 CNY for 225 kWh of card K9

  Scenario: Public charging on an ultrafast and a ChaoJi charger earns the bonus and pays the fee
    # S-1 60 kWh: bonus 60 x 0.10 = 6.00, fee 60 x 0.05 = 3.00, valley energy 60 x 0.3100 = 18.60
    # S-2 50 kWh on a 250 kW ChaoJi charger (a ChaoJi bonus whatever its power): bonus 5.00, fee
    # 2.50; S-3 on a 120 kW DC fast charger: fee 2.00, no bonus
    Given operator OP1 has a public 480 kW DC charger U480 at site P1 served by utility SMEPC
    And operator OP1 has a public 250 kW ChaoJi charger CJ250 at site P1 served by utility SMEPC
    And operator OP1 has a public 120 kW DC charger F120 at site P1 served by utility SMEPC
    When OP1 charges 60 kWh on U480 from 2026-10-12 23:00 to 2026-10-12 23:15 in session S-1
    And OP1 charges 50 kWh on CJ250 from 2026-10-12 14:00 to 2026-10-12 14:15 in session S-2
    And OP1 charges 40 kWh on F120 from 2026-10-12 09:00 to 2026-10-12 09:30 in session S-3
    Then the fund pays OP1 an ultrafast bonus of 6.00 CNY for 60 kWh of session S-1
    And OP1 pays SMEPC a service fee of 3.00 CNY for 60 kWh of session S-1
    And OP1 owes SMEPC 18.60 CNY for 60 kWh of VALLEY energy in session S-1
    And the fund pays OP1 an ultrafast bonus of 5.00 CNY for 50 kWh of session S-2
    And OP1 pays SMEPC a service fee of 2.50 CNY for 50 kWh of session S-2
    And no ultrafast bonus is paid for session S-3
    And OP1 pays SMEPC a service fee of 2.00 CNY for 40 kWh of session S-3
    # the fund's payments in the regulator's workbook include its bonus: 6.00 + 5.00
    And the regulator's workbook shows the fund paying OP1 11.00 CNY

  Scenario: An ultrafast charger with unsigned firmware earns no bonus
    Given operator OP1 has a public 400 kW DC charger U400X at site P2 served by utility SMEPC
    And the firmware of charger U400X is not signed
    When OP1 charges 50 kWh on U400X from 2026-10-12 15:00 to 2026-10-12 15:15 in session S-4
    Then no ultrafast bonus is paid for session S-4
    And OP1 pays SMEPC a service fee of 2.50 CNY for 50 kWh of session S-4
