package org.evsettle.settlement.domain;

/** What became of one data row; every row has exactly one outcome. */
public enum RowOutcome {
  ACCEPTED,
  CORRECTED,
  DUPLICATE,
  REJECTED
}
