Feature: Each operator's share of charging energy in valley hours is reported
  The national V2G pilot condition (2024): at least 60 % of charging energy in valley hours
  (23:00-07:00), 80 % for private posts. Reported per operator; no payment depends on it.

  Scenario: Private posts meet their target, the others miss theirs
    Given the Beijing pack
    And operator OP1 has a private 7 kW charger CP at site HOME served by utility UT1
    And operator OP1 has a public 60 kW charger C60 at site S1 served by utility UT1
    # private: all 10 kWh overnight; public: 22:00-00:00, half flat and half valley
    When OP1 charges 10 kWh on CP from 2026-10-07 00:00 to 2026-10-07 02:00 in session P-1
    And OP1 charges 10 kWh on C60 from 2026-10-07 22:00 to 2026-10-08 00:00 in session Q-1
    Then OP1 charged 100 % of the energy of its "private posts" in valley hours, against a target of 80 %, so it meets the condition
    And OP1 charged 50 % of the energy of its "other posts" in valley hours, against a target of 60 %, so it misses the condition
