package org.evsettle.settlement.ledger;

/** A run is written while RUNNING (a failed one resumes) and immutable once COMPLETED. */
public enum RunStatus {
  RUNNING,
  COMPLETED
}
