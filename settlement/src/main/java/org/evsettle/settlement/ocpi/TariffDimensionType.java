package org.evsettle.settlement.ocpi;

/** What a price component charges for (OCPI TariffDimensionType). */
public enum TariffDimensionType {
  /** Per kWh; step_size in Wh. */
  ENERGY,
  /** Once per session (a start or transaction fee); step_size ignored. */
  FLAT,
  /** Per hour not charging; step_size in seconds. */
  PARKING_TIME,
  /** Per hour charging (or reserved, in a reservation element); step_size in seconds. */
  TIME
}
