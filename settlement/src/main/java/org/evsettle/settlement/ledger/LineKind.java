package org.evsettle.settlement.ledger;

/** SETTLEMENT lines are a run's own; ADJUSTMENT lines are the difference to the previous run. */
public enum LineKind {
  SETTLEMENT,
  ADJUSTMENT
}
