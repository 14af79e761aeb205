package org.evsettle.rules.model;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/** Reads the values regulators type into decision-table cells, with messages they can act on. */
final class CellValues {

  private CellValues() {}

  static BigDecimal number(String text) {
    try {
      return new BigDecimal(text.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a number: write it with '.' as the decimal point, like 0.15");
    }
  }

  static LocalTime time(String text) {
    String t = text.trim();
    if (t.equals("24:00")) {
      return LocalTime.MIDNIGHT;
    }
    try {
      return LocalTime.parse(t);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("'" + text + "' is not a time of day like 07:00");
    }
  }
}
