Feature: The operator subsidy for public charging
  Beijing subsidises public charging operators per kWh by the station's quarterly rating:
  A 0.20, B 0.15, C 0.10 CNY per kWh (B and C illustrative), D nothing. A charger's subsidised
  energy is capped at 1,500 kWh per kW of rated power per calendar year, counted across the year's
  settlement runs. A session first reported more than 72 hours after it ended is not subsidised.

  Background:
    Given the Beijing pack
    And operator OP1 has a public 60 kW charger CA at site SA served by utility UT1
    And operator OP1 has a public 60 kW charger CB at site SB served by utility UT1
    And operator OP1 has a public 60 kW charger CC at site SC served by utility UT1
    And operator OP1 has a public 60 kW charger CD at site SD served by utility UT1
    And operator OP1 has a private 7 kW charger CP at site HOME served by utility UT1
    And site SA is rated A for 2026-Q4
    And site SB is rated B for 2026-Q4
    And site SC is rated C for 2026-Q4
    And site SD is rated D for 2026-Q4
    And site HOME is rated A for 2026-Q4

  Scenario: Each rating has its rate
    When OP1 charges 10 kWh on CA from 2026-10-02 11:00 to 2026-10-02 12:00 in session A-1
    And OP1 charges 10 kWh on CB from 2026-10-02 11:00 to 2026-10-02 12:00 in session B-1
    And OP1 charges 10 kWh on CC from 2026-10-02 11:00 to 2026-10-02 12:00 in session C-1
    And OP1 charges 10 kWh on CD from 2026-10-02 11:00 to 2026-10-02 12:00 in session D-1
    Then the fund pays OP1 a subsidy of 2.00 CNY for 10 kWh of session A-1
    And the fund pays OP1 a subsidy of 1.50 CNY for 10 kWh of session B-1
    And the fund pays OP1 a subsidy of 1.00 CNY for 10 kWh of session C-1
    And OP1 gets no subsidy for session D-1

  Scenario: Private posts are not subsidised
    When OP1 charges 10 kWh on CP from 2026-10-02 01:00 to 2026-10-02 03:00 in session P-1
    Then OP1 gets no subsidy for session P-1

  Scenario: The annual cap is reached in the middle of the year
    # CA: 60 kW x 1,500 kWh = 90,000 kWh a year; earlier runs this year used 89,990 kWh
    Given charger CA has already had 89990 kWh subsidised this year
    When OP1 charges 25 kWh on CA from 2026-10-03 11:00 to 2026-10-03 12:00 in session K-1
    And OP1 charges 30 kWh on CA from 2026-10-04 11:00 to 2026-10-04 12:00 in session K-2
    Then the fund pays OP1 a subsidy of 2.00 CNY for 10 kWh of session K-1
    And the subsidy line of session K-1 says "(15 kWh more are over the charger's annual cap)"
    And OP1 gets no subsidy for session K-2
    And 1 session of OP1 gets no subsidy because of "annual cap reached"

  Scenario: A session reported late is not subsidised
    When OP1 charges 10 kWh on CA from 2026-10-01 11:00 to 2026-10-01 12:00 in session ON-TIME
    And the session is first reported on 2026-10-04 12:00
    And OP1 charges 10 kWh on CA from 2026-10-01 13:00 to 2026-10-01 14:00 in session LATE
    And the session is first reported on 2026-10-04 14:01
    Then the fund pays OP1 a subsidy of 2.00 CNY for 10 kWh of session ON-TIME
    And OP1 gets no subsidy for session LATE
    And 1 session of OP1 gets no subsidy because of "late report"
