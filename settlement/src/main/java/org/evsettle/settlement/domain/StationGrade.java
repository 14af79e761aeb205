package org.evsettle.settlement.domain;

/** The regulator's quarterly rating of a charging station (A best, D no subsidy). */
public enum StationGrade {
  A,
  B,
  C,
  D
}
