Feature: Chargers that fail a cybersecurity requirement have their subsidy withheld
  The minimum requirements for connected chargers (GB/T 41578-2022; OCPP security profiles;
  ETSI EN 303 645): CS-1 OCPP security profile 2 or higher, CS-2 signed firmware, CS-3 default
  credentials changed, CS-4 TLS certificate valid through the end of the period, CS-5 signed
  meter values (OCMF) that verify, for each session at a public charger of 60 kW and above. The
  subsidy of a charger failing CS-1 to CS-4 is withheld for the period: the operator owes it back,
  line by line, and the failure is listed. CS-5 withholds only the failing session's subsidy
  (see signed-meter-values.feature).

  Background:
    Given the Beijing pack
    And operator OP1 has a public 60 kW charger C1 at site S1 served by utility UT1
    And site S1 is rated A for 2026-Q4

  Scenario: A compliant charger keeps its subsidy
    When OP1 charges 10 kWh on C1 from 2026-10-06 11:00 to 2026-10-06 12:00 in session T-OK
    Then C1 meets every cybersecurity requirement
    And the fund pays OP1 a subsidy of 2.00 CNY for 10 kWh of session T-OK
    And nothing is withheld for session T-OK

  Scenario: CS-1, an OCPP security profile below 2
    Given charger C1 uses OCPP security profile 1
    When OP1 charges 10 kWh on C1 from 2026-10-06 11:00 to 2026-10-06 12:00 in session T-1
    Then C1 is listed as failing CS-1 ("OCPP security profile 1"), citing "GB/T 41578-2022"
    And the subsidy of 2.00 CNY for session T-1 is withheld: OP1 pays it back to the fund

  Scenario: CS-2, unsigned firmware
    Given the firmware of charger C1 is not signed
    When OP1 charges 10 kWh on C1 from 2026-10-06 11:00 to 2026-10-06 12:00 in session T-2
    Then C1 is listed as failing CS-2 ("firmware not signed"), citing "ETSI EN 303 645 provision 5.3"
    And the subsidy of 2.00 CNY for session T-2 is withheld: OP1 pays it back to the fund

  Scenario: CS-3, default credentials
    Given charger C1 still has its default credentials
    When OP1 charges 10 kWh on C1 from 2026-10-06 11:00 to 2026-10-06 12:00 in session T-3
    Then C1 is listed as failing CS-3 ("default credentials not changed"), citing "ETSI EN 303 645 provision 5.1"
    And the subsidy of 2.00 CNY for session T-3 is withheld: OP1 pays it back to the fund

  Scenario: CS-4, a TLS certificate that expires before the period ends
    Given the TLS certificate of charger C1 expires on 2026-10-30
    When OP1 charges 10 kWh on C1 from 2026-10-06 11:00 to 2026-10-06 12:00 in session T-4
    Then C1 is listed as failing CS-4 ("TLS certificate expires 2026-10-30, before the period ends on 2026-10-31"), citing "GB/T 41578-2022"
    And the subsidy of 2.00 CNY for session T-4 is withheld: OP1 pays it back to the fund

  Scenario: CS-5, a session at a 60 kW public charger without signed meter values
    When OP1 charges 10 kWh on C1 from 2026-10-06 11:00 to 2026-10-06 12:00 in session T-5 without signed meter values
    Then the meter values of session T-5 are UNVERIFIABLE: "no signed data"
    And the subsidy of 2.00 CNY for session T-5 is withheld: OP1 pays it back to the fund
    And no charger of OP1 is listed as failing CS-5

  Scenario: CS-5 no longer reads the registry's declaration: sessions that verify are paid
    Given charger C1 does not sign its meter values
    When OP1 charges 10 kWh on C1 from 2026-10-06 11:00 to 2026-10-06 12:00 in session T-6
    Then the meter values of session T-6 are VERIFIED: "signature, meter and readings verify: 10 kWh by the meter"
    And the fund pays OP1 a subsidy of 2.00 CNY for 10 kWh of session T-6
    And nothing is withheld for session T-6
