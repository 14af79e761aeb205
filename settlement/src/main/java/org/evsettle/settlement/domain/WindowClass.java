package org.evsettle.settlement.domain;

/** The time-of-use class of the energy on a line. */
public enum WindowClass {
  PEAK,
  FLAT,
  VALLEY,
  CRITICAL_PEAK
}
