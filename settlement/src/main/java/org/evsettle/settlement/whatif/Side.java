package org.evsettle.settlement.whatif;

/** Which settlement a line of a comparison belongs to: the latest real run, or the draft. */
public enum Side {
  LATEST,
  DRAFT
}
