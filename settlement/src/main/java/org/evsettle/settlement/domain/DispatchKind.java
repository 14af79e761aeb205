package org.evsettle.settlement.domain;

/** What a utility asks of chargers during a dispatch event. */
public enum DispatchKind {
  DISCHARGE_REQUEST,
  LOAD_REDUCTION
}
