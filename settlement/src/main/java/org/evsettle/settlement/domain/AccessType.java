package org.evsettle.settlement.domain;

/** Who may use a charger; only PUBLIC chargers qualify for operator subsidies. */
public enum AccessType {
  PUBLIC,
  PRIVATE,
  FLEET,
  TAXI
}
