package org.evsettle.settlement.domain;

/** ACTIVE records are settled; a VOID version withdraws the record from the next run on. */
public enum RecordStatus {
  ACTIVE,
  VOID
}
