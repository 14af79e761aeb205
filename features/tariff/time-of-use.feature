Feature: Charging energy is priced by the time-of-use window it falls in
  Beijing public charging (State Grid Beijing, 2016), in CNY per kWh:
  peak 1.0044 (10:00-15:00 and 18:00-21:00), flat 0.6950 (07:00-10:00, 15:00-18:00, 21:00-23:00),
  valley 0.3946 (23:00-07:00). In July, August, December and January the hours 11:00-13:00 and
  19:00-20:00 are critical peak at 1.20528. Energy across a window boundary is split by duration,
  unless the utility's interval readings cover the session. Each line is rounded to 0.01 CNY.

  Background:
    Given the Beijing pack
    And operator OP1 has a public 60 kW charger C60 at site S1 served by utility UT1

  Scenario: A session across the boundary between flat and valley hours
    # 22:30-23:00 flat and 23:00-23:30 valley: half the energy each
    When OP1 charges 10 kWh on C60 from 2026-10-01 22:30 to 2026-10-01 23:30 in session S-1
    Then OP1 owes UT1 for energy:
      | session | window | kWh | rate   | CNY  |
      | S-1     | FLAT   | 5   | 0.6950 | 3.48 |
      | S-1     | VALLEY | 5   | 0.3946 | 1.97 |
    And OP1 owes UT1 5.45 CNY for energy in all

  Scenario: A session over midnight
    # 21:30-07:30: flat 21:30-23:00 and 07:00-07:30 (2 of 10 hours), valley 23:00-07:00 (8 hours)
    When OP1 charges 20 kWh on C60 from 2026-10-01 21:30 to 2026-10-02 07:30 in session S-2
    Then OP1 owes UT1 for energy:
      | session | window | kWh | rate   | CNY  |
      | S-2     | FLAT   | 4   | 0.6950 | 2.78 |
      | S-2     | VALLEY | 16  | 0.3946 | 6.31 |

  Scenario: Midday in July, a critical-peak month
    # 10:30-11:00 and 13:00-13:30 peak, 11:00-13:00 critical peak; 4 x 1.0044 = 4.0176, 8 x 1.20528 = 9.64224
    When OP1 charges 12 kWh on C60 from 2026-07-01 10:30 to 2026-07-01 13:30 in session J-1
    Then OP1 owes UT1 for energy:
      | session | window        | kWh | rate    | CNY  |
      | J-1     | PEAK          | 4   | 1.0044  | 4.02 |
      | J-1     | CRITICAL_PEAK | 8   | 1.20528 | 9.64 |

  Scenario: The same hours in October, not a critical-peak month
    When OP1 charges 12 kWh on C60 from 2026-10-01 10:30 to 2026-10-01 13:30 in session O-1
    Then OP1 owes UT1 for energy:
      | session | window | kWh | rate   | CNY   |
      | O-1     | PEAK   | 12  | 1.0044 | 12.05 |

  Scenario: Interval readings that cover the session split it by measured energy
    # The meter saw 2 kWh before 23:00 and 8 kWh after, instead of 5 and 5 by duration
    When OP1 charges 10 kWh on C60 from 2026-10-01 22:30 to 2026-10-01 23:30 in session R-1
    And utility UT1 measures on C60:
      | from             | minutes | kWh |
      | 2026-10-01 22:30 | 15      | 1.0 |
      | 2026-10-01 22:45 | 15      | 1.0 |
      | 2026-10-01 23:00 | 15      | 4.0 |
      | 2026-10-01 23:15 | 15      | 4.0 |
    Then OP1 owes UT1 for energy:
      | session | window | kWh | rate   | CNY  |
      | R-1     | FLAT   | 2   | 0.6950 | 1.39 |
      | R-1     | VALLEY | 8   | 0.3946 | 3.16 |
