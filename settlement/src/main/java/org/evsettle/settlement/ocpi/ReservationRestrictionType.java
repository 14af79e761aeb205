package org.evsettle.settlement.ocpi;

/** Which reservation a tariff element prices (OCPI ReservationRestrictionType). */
public enum ReservationRestrictionType {
  /** A reservation that the driver used: charging started on the reserved EVSE. */
  RESERVATION,
  /** A reservation that expired before any charging. */
  RESERVATION_EXPIRES
}
