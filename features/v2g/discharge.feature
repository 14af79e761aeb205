Feature: V2G discharge is paid at the time-of-use rate, with a bonus inside discharge requests
  Energy a vehicle feeds back through a V2G charger is paid by the utility at the energy rate of
  its time-of-use window. Energy discharged inside a utility's DISCHARGE_REQUEST for the charger's
  site or district also earns 0.30 CNY per kWh (illustrative: the 2024 national pilots set no price).

  Background:
    Given the Beijing pack
    And operator OP1 has a public 60 kW charger V60 at site S1 in district Chaoyang served by utility UT1

  Scenario: Half the discharge lies inside a request for the charger's site
    # 18:30-19:30 is peak in October: 10 x 1.0044 = 10.044; 19:00-19:30 inside the request: 5 x 0.30
    When OP1 discharges 10 kWh on V60 from 2026-10-05 18:30 to 2026-10-05 19:30 in discharge V-1
    And utility UT1 requests discharge at site S1 from 2026-10-05 19:00 to 2026-10-05 20:00
    Then UT1 pays OP1 10.04 CNY for 10 kWh discharged in PEAK hours in discharge V-1
    And UT1 pays OP1 a dispatch bonus of 1.50 CNY for 5 kWh of discharge V-1

  Scenario: A request for the charger's district counts too
    When OP1 discharges 10 kWh on V60 from 2026-10-05 18:30 to 2026-10-05 19:30 in discharge V-2
    And utility UT1 requests discharge in district Chaoyang from 2026-10-05 18:00 to 2026-10-05 20:00
    Then UT1 pays OP1 a dispatch bonus of 3.00 CNY for 10 kWh of discharge V-2

  Scenario: A request for another site, or at another time, earns nothing
    When OP1 discharges 10 kWh on V60 from 2026-10-05 18:30 to 2026-10-05 19:30 in discharge V-3
    And utility UT1 requests discharge at site S9 from 2026-10-05 18:00 to 2026-10-05 20:00
    And utility UT1 requests discharge at site S1 from 2026-10-05 20:00 to 2026-10-05 21:00
    Then UT1 pays OP1 10.04 CNY for 10 kWh discharged in PEAK hours in discharge V-3
    And no dispatch bonus is paid for discharge V-3
