package org.evsettle.settlement.domain;

/** Whether a charger signs its meter values (OCMF) so a customer can verify them. */
public enum SignedMetering {
  NONE,
  OCMF
}
