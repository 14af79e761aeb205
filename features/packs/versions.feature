Feature: A new version of the pack takes over from its effective date
  The regulator prepared the 2027 version in advance: from 1 January 2027 the evening peak runs
  from 19:00 to 22:00 and the valley rate is 0.3650 CNY per kWh. Periods before that date keep the
  reference version.

  Background:
    Given the Beijing pack
    And operator OP1 has a private 7 kW charger CP at site HOME served by utility UT1

  Scenario: December 2026 is settled under the reference version
    When OP1 charges 5 kWh on CP from 2026-12-15 21:30 to 2026-12-15 22:00 in session D-1
    And OP1 charges 5 kWh on CP from 2026-12-15 23:00 to 2026-12-15 23:30 in session D-2
    Then the period is settled under pack version "2024.1"
    And OP1 owes UT1 for energy:
      | session | window | kWh | rate   | CNY  |
      | D-1     | FLAT   | 5   | 0.6950 | 3.48 |
      | D-2     | VALLEY | 5   | 0.3946 | 1.97 |

  Scenario: January 2027 is settled under the 2027 version
    When OP1 charges 5 kWh on CP from 2027-01-15 21:30 to 2027-01-15 22:00 in session N-1
    And OP1 charges 5 kWh on CP from 2027-01-15 23:00 to 2027-01-15 23:30 in session N-2
    Then the period is settled under pack version "2027.1"
    And OP1 owes UT1 for energy:
      | session | window | kWh | rate   | CNY  |
      | N-1     | PEAK   | 5   | 1.0044 | 5.02 |
      | N-2     | VALLEY | 5   | 0.3650 | 1.83 |
