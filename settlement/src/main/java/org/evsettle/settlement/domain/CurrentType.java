package org.evsettle.settlement.domain;

/**
 * Whether a charger delivers alternating current (the vehicle's on-board charger converts it) or
 * direct current (the charger converts, so it can deliver far more power).
 */
public enum CurrentType {
  AC,
  DC
}
