package org.evsettle.settlement.domain;

/**
 * What a settlement line settles: an input record (a session, a discharge, a dispatch event, a
 * site) or a quantity the engine adds up over the whole period (a card pseudonym's or an
 * operator's). The label is what exports and workbooks print in their {@code record_type} column.
 */
public enum LineSubject {
  SESSIONS("sessions"),
  DISCHARGES("discharges"),
  DISPATCH("dispatch"),
  SITES("sites"),
  CARDS("cards"),
  OPERATORS("operators");

  private final String label;

  LineSubject(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
