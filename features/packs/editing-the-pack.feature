Feature: Regulators edit the pack, and settlement follows safely
  The rates live in spreadsheets that regulators edit themselves; an edit is used by the next
  settlement, without rebuilding anything. A pack that no longer compiles is never used: the
  regulator is told which file and line is wrong, and the version in use stays in use.

  Background:
    Given the regulator's working copy of the Beijing pack
    And operator OP1 has a public 60 kW charger C60 at site S1 served by utility UT1
    And OP1 charges 5 kWh on C60 from 2026-10-15 23:00 to 2026-10-15 23:30 in session E-1
    And the pack has been used for settlement

  Scenario: A valley rate edited in the spreadsheet is used without a rebuild
    Then OP1 owes UT1 for energy:
      | session | window | kWh | rate   | CNY  |
      | E-1     | VALLEY | 5   | 0.3946 | 1.97 |
    When the regulator sets the rate of "Valley overnight" to 0.3000 in tariff.drl.xlsx
    Then settlement uses the edited pack, a new rule set
    And OP1 owes UT1 for energy:
      | session | window | kWh | rate   | CNY  |
      | E-1     | VALLEY | 5   | 0.3000 | 1.50 |

  Scenario: A broken rule file is rejected and the pack in use stays in use
    When the regulator saves price-energy.drl with a closing parenthesis missing
    Then the edit is rejected with a message naming "price-energy.drl line "
    And settlement keeps using the version of the pack that was in use
    And OP1 owes UT1 for energy:
      | session | window | kWh | rate   | CNY  |
      | E-1     | VALLEY | 5   | 0.3946 | 1.97 |
