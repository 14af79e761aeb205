Feature: CS-5, a session's signed meter values must verify for its subsidy to be paid
  At a public charger of 60 kW and above, each charging session must carry the meter values its
  calibrated meter signed (OCMF, Eichrecht), and they must verify: the signature against the meter
  key the operator registered for the charger, the meter's serial, readings that make a session,
  and the energy the meter signed must agree with the energy reported within the meter energy
  tolerance of 0.01 kWh. A session that fails has its own subsidy withheld, with the verifier's
  reason; the charger's other sessions are paid. Chargers below 60 kW are not subject.

  Worked example, an A-rated station (0.20 CNY per kWh of public charging), October 2026:
    session   charger  kWh   what the meter signed                 subsidy  withheld
    M-OK      C120     12.5  12.5 kWh, verifies                     2.50     -
    M-NONE    C120     30    nothing                                6.00     6.00
    M-FAR     C120     20    19.5 kWh (0.5 kWh apart)               4.00     4.00
    M-NEAR    C120     20    19.995 kWh (0.005 kWh apart)           4.00     -
    M-EDIT    C120     10    10 kWh, end reading raised after       2.00     2.00
    M-SLOW    C22      15    nothing, but C22 is 22 kW              3.00     -

  Background:
    Given the Beijing pack
    And operator OP1 has a public 120 kW charger C120 at site S1 served by utility UT1
    And operator OP1 has a public 22 kW charger C22 at site S1 served by utility UT1
    And site S1 is rated A for 2026-Q4

  Scenario: Signed meter values that verify keep the subsidy
    # 12.5 kWh x 0.20 = 2.50 CNY
    When OP1 charges 12.5 kWh on C120 from 2026-10-06 11:00 to 2026-10-06 12:00 in session M-OK
    Then the meter values of session M-OK are VERIFIED: "signature, meter and readings verify: 12.5 kWh by the meter"
    And the fund pays OP1 a subsidy of 2.50 CNY for 12.5 kWh of session M-OK
    And nothing is withheld for session M-OK

  Scenario: No signed meter values, the subsidy is withheld
    # 30 kWh x 0.20 = 6.00 CNY paid and withheld
    When OP1 charges 30 kWh on C120 from 2026-10-06 13:00 to 2026-10-06 14:00 in session M-NONE without signed meter values
    Then the meter values of session M-NONE are UNVERIFIABLE: "no signed data"
    And the fund pays OP1 a subsidy of 6.00 CNY for 30 kWh of session M-NONE
    And the subsidy of 6.00 CNY for session M-NONE is withheld: OP1 pays it back to the fund
    And the withheld subsidy of session M-NONE is explained: "The subsidy of M-NONE is withheld because session M-NONE at charger C120 fails CS-5 (sessions at public chargers of this many kW and above carry signed meter values (OCMF) that verify; GB/T 41578-2022; OCMF (S.A.F.E. e.V.); Eichrecht, PTB-A 50.7): the signed meter values of session M-NONE are UNVERIFIABLE (no signed data)."

  Scenario: The meter signed other energy than was reported
    # |19.5 - 20| = 0.5 kWh, beyond 0.01 kWh: 20 x 0.20 = 4.00 CNY withheld
    # |19.995 - 20| = 0.005 kWh, within 0.01 kWh: 20 x 0.20 = 4.00 CNY paid
    When OP1 charges 20 kWh on C120 from 2026-10-07 11:00 to 2026-10-07 12:00 in session M-FAR, its meter signing 19.5 kWh
    And OP1 charges 20 kWh on C120 from 2026-10-07 13:00 to 2026-10-07 14:00 in session M-NEAR, its meter signing 19.995 kWh
    Then the meter values of session M-FAR are FAILED: "energy 19.5 kWh by the meter, 20 kWh reported (tolerance 0.01)"
    And the subsidy of 4.00 CNY for session M-FAR is withheld: OP1 pays it back to the fund
    And the meter values of session M-NEAR are VERIFIED: "signature, meter and readings verify: 19.995 kWh by the meter"
    And nothing is withheld for session M-NEAR

  Scenario: A reading changed after the meter signed it
    # 10 x 0.20 = 2.00 CNY withheld
    When OP1 charges 10 kWh on C120 from 2026-10-08 11:00 to 2026-10-08 12:00 in session M-EDIT, its signed end reading raised by 1 kWh after signing
    Then the meter values of session M-EDIT are FAILED: "signature does not match the meter's public key"
    And the subsidy of 2.00 CNY for session M-EDIT is withheld: OP1 pays it back to the fund

  Scenario: A 22 kW charger is not subject to CS-5
    # 15 kWh x 0.20 = 3.00 CNY paid; its meter values are not even read
    When OP1 charges 15 kWh on C22 from 2026-10-09 11:00 to 2026-10-09 12:00 in session M-SLOW without signed meter values
    Then the meter values of session M-SLOW are not checked
    And the fund pays OP1 a subsidy of 3.00 CNY for 15 kWh of session M-SLOW
    And nothing is withheld for session M-SLOW

  @pipeline
  Scenario: The auditor finds each checked session's meter values in the auditor workbook
    # settled as users settle: the files ingested (a week after the month, so these sessions are
    # reported late and not subsidised), the period settled and published; the verdicts are
    # recorded with the run whatever is paid
    When OP1 charges 30 kWh on C120 from 2026-10-06 13:00 to 2026-10-06 14:00 in session M-NONE without signed meter values
    And OP1 charges 12.5 kWh on C120 from 2026-10-06 11:00 to 2026-10-06 12:00 in session M-OK
    And OP1 charges 15 kWh on C22 from 2026-10-09 11:00 to 2026-10-09 12:00 in session M-SLOW without signed meter values
    Then the auditor's workbook lists the meter values of session M-NONE as UNVERIFIABLE: "no signed data"
    And the auditor's workbook lists the meter values of session M-OK as VERIFIED: "signature, meter and readings verify: 12.5 kWh by the meter"
    And the auditor's workbook does not list the meter values of session M-SLOW
