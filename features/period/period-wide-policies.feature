@pipeline
Feature: Policies over the whole period and market
  Some policies add up over more than one session: a cap per taxi card per month, counted at
  every operator the card charges at; a demand charge on a site's 15-minute peak, whoever's
  chargers draw it; a payment for reducing load against the site's usual load on the weekdays
  before the event. The engine adds these up once for the whole market, so the amounts never
  depend on how records are batched. Illustrative rates of the market test pack: taxi subsidy
  0.40 CNY per kWh up to 300 kWh per card per month; demand charge 40 CNY per kW over the
  connection limit; load reduction 2.00 CNY per kWh under a baseline of the 10 weekdays before
  the event (holidays left out), scaled by the load of the three hours ending an hour before it,
  by at most 20 %.

  Background:
    Given the Beijing pack with the market's period-wide policies
    And operator OP1 has a taxi 60 kW charger T1 at site S1 served by utility UT1
    And operator OP2 has a taxi 60 kW charger T2 at site S2 served by utility UT1

  Scenario: A taxi card over its monthly cap is paid for the cap, shared by the operators it charged at
    # 250 + 150 = 400 kWh; 300 kWh are paid, 250/400 at OP1 (187.5 kWh) and 150/400 at OP2 (112.5)
    When OP1 charges 125 kWh on T1 from 2026-10-12 08:00 to 2026-10-12 11:00 in session A-1 with card K7
    And OP1 charges 125 kWh on T1 from 2026-10-13 08:00 to 2026-10-13 11:00 in session A-2 with card K7
    And OP2 charges 150 kWh on T2 from 2026-10-14 08:00 to 2026-10-14 11:00 in session B-1 with card K7
    Then the fund pays OP1 a subsidy of 75.00 CNY for 187.5 kWh of card K7
    And the fund pays OP2 a subsidy of 45.00 CNY for 112.5 kWh of card K7
    And the line of K7 with OP1 says "charged 400 kWh on taxi chargers in 2026-10, 250 kWh of them at OP1"

  Scenario: A taxi card within its cap is paid for all it charged
    When OP1 charges 100 kWh on T1 from 2026-10-12 08:00 to 2026-10-12 11:00 in session A-1 with card K8
    Then the fund pays OP1 a subsidy of 40.00 CNY for 100 kWh of card K8

  Scenario: Two operators' chargers at one site draw over its connection limit
    # 10:00-10:15: C31 30 kW and C32 80 kW, 110 kW in all: 10 kW over the limit of 100 kW
    Given operator OP1 has a fleet 120 kW charger C31 at site S30 served by utility UT1
    And operator OP2 has a fleet 120 kW charger C32 at site S30 served by utility UT1
    And site S30 of OP1 is registered with utility UT1 and a connection limit of 100 kW
    When OP1 charges 30 kWh on C31 from 2026-10-12 10:00 to 2026-10-12 11:00 in session S-1
    And OP2 charges 40 kWh on C32 from 2026-10-12 10:00 to 2026-10-12 10:30 in session S-2
    Then OP1 pays UT1 a demand charge of 400.00 CNY for 10 kW over the limit of site S30
    And the line of S30 says "drew 110 kW in the 15 minutes from 2026-10-12T10:00"

  Scenario: One operator's chargers alone stay within the limit
    Given operator OP1 has a fleet 120 kW charger C31 at site S30 served by utility UT1
    And site S30 of OP1 is registered with utility UT1 and a connection limit of 100 kW
    When OP1 charges 30 kWh on C31 from 2026-10-12 10:00 to 2026-10-12 11:00 in session S-1
    Then no demand charge is paid for site S30

  Scenario: A site that halves its evening load in a load-reduction event is paid for the reduction
    # the 10 weekdays before Friday 9 October, the National Day holidays left out, reach back into
    # September: 40 kWh each from 18:00 to 20:00; 20 kWh drawn in the event; no load before it
    Given operator OP1 has a fleet 60 kW charger C51 at site S50 served by utility UT1
    And site S50 of OP1 is registered with utility UT1
    And 2026-10 is settled
    When OP1 charges 40 kWh on C51 from 18:00 to 20:00 on each of these days:
      | 2026-09-18 |
      | 2026-09-21 |
      | 2026-09-22 |
      | 2026-09-23 |
      | 2026-09-24 |
      | 2026-09-25 |
      | 2026-09-28 |
      | 2026-09-29 |
      | 2026-09-30 |
      | 2026-10-08 |
    And OP1 charges 100 kWh on C51 from 2026-10-06 18:00 to 2026-10-06 20:00 in session H-1
    And OP1 charges 20 kWh on C51 from 2026-10-09 18:00 to 2026-10-09 20:00 in session E-1
    And utility UT1 asks site S50 to reduce its load from 2026-10-09 18:00 to 2026-10-09 20:00 in event LR-1
    Then UT1 pays OP1 40.00 CNY for 20 kWh of load reduction in event LR-1
    And the line of LR-1 says "the baseline of site S50 is 40 kWh (the average of 10 weekdays"

  Scenario: The same-day adjustment follows the site's load before the event, within 20 %
    # 30 kWh from 14:00 to 17:00 on the baseline days, 45 kWh on the event day: x 1.5, capped at
    # x 1.2: a baseline of 40 x 1.2 = 48 kWh, 20 drawn, 28 kWh reduced
    Given operator OP1 has a fleet 60 kW charger C51 at site S50 served by utility UT1
    And site S50 of OP1 is registered with utility UT1
    And 2026-10 is settled
    When OP1 charges 40 kWh on C51 from 18:00 to 20:00 on each of these days:
      | 2026-09-18 |
      | 2026-09-21 |
      | 2026-09-22 |
      | 2026-09-23 |
      | 2026-09-24 |
      | 2026-09-25 |
      | 2026-09-28 |
      | 2026-09-29 |
      | 2026-09-30 |
      | 2026-10-08 |
    And OP1 charges 30 kWh on C51 from 14:00 to 17:00 on each of these days:
      | 2026-09-18 |
      | 2026-09-21 |
      | 2026-09-22 |
      | 2026-09-23 |
      | 2026-09-24 |
      | 2026-09-25 |
      | 2026-09-28 |
      | 2026-09-29 |
      | 2026-09-30 |
      | 2026-10-08 |
    And OP1 charges 45 kWh on C51 from 2026-10-09 14:00 to 2026-10-09 17:00 in session P-1
    And OP1 charges 20 kWh on C51 from 2026-10-09 18:00 to 2026-10-09 20:00 in session E-1
    And utility UT1 asks site S50 to reduce its load from 2026-10-09 18:00 to 2026-10-09 20:00 in event LR-1
    Then UT1 pays OP1 56.00 CNY for 28 kWh of load reduction in event LR-1

  Scenario: An event after the month is settled in its own month
    Given operator OP1 has a fleet 60 kW charger C51 at site S50 served by utility UT1
    And site S50 of OP1 is registered with utility UT1
    And 2026-10 is settled
    When OP1 charges 40 kWh on C51 from 2026-10-29 18:00 to 2026-10-29 20:00 in session X-1
    And utility UT1 asks site S50 to reduce its load from 2026-11-02 18:00 to 2026-11-02 20:00 in event LR-9
    Then nothing is paid for event LR-9
