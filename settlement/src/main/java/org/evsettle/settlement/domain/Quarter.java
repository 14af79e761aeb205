package org.evsettle.settlement.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** A calendar quarter such as {@code 2026-Q4}. */
public record Quarter(int year, int number) {

  private static final Pattern FORMAT = Pattern.compile("(\\d{4})-Q([1-4])");

  public Quarter {
    if (number < 1 || number > 4) {
      throw new IllegalArgumentException("quarter must be 1 to 4, was " + number);
    }
  }

  /**
   * @throws DateTimeParseException when the text is not of the form {@code YYYY-Qn}
   */
  public static Quarter parse(String text) {
    var m = FORMAT.matcher(text);
    if (!m.matches()) {
      throw new DateTimeParseException("expected a quarter like 2026-Q4", text, 0);
    }
    return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  public static Quarter of(LocalDate date) {
    return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
  }

  @Override
  public String toString() {
    return year + "-Q" + number;
  }
}
