@pipeline
Feature: A regulator sees what a change would pay before it pays
  A regulator edits a working copy of the pack and asks what the period would have paid under it:
  the draft is settled against the period's latest inputs beside the period's run, and compared
  with it per operator, component and window class. Nothing is paid: the ledger, the exports and
  the run's workbooks stay as they were.

  Background:
    Given the regulator's working copy of the Beijing pack
    And operator OP1 has a public 60 kW charger C60 at site S1 served by utility UT1
    And OP1 charges 5 kWh on C60 from 2026-10-15 23:00 to 2026-10-15 23:30 in session E-1
    And OP1 charges 10 kWh on C60 from 2026-10-16 11:00 to 2026-10-16 12:00 in session E-2
    And the pack has been used for settlement

  Scenario: A lower valley rate changes the valley energy and nothing else
    # E-1: 5 kWh valley at 0.3946 = 1.973 -> 1.97, at 0.3000 = 1.50; E-2: 10 kWh peak at
    # 1.0044 = 10.04, whatever the valley rate
    When the regulator tries a rate of 0.3000 for "Valley overnight" in tariff.drl.xlsx
    Then the what-if against run 2026-10-INITIAL shows:
      | operator_id | component | window_class | currency | latest | draft | difference |
      | OP1         | ENERGY    | PEAK         | CNY      | 10.04  | 10.04 | 0.00       |
      | OP1         | ENERGY    | VALLEY       | CNY      | 1.97   | 1.50  | -0.47      |
    And nothing the run published has changed
