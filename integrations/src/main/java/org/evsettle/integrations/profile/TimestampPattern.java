package org.evsettle.integrations.profile;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;

/**
 * A profile's date-time pattern, read strictly (31 February is refused, not moved to March). Rows
 * and the check at load read through the same methods, so a pattern that passes the check reads the
 * values it describes.
 */
final class TimestampPattern {

  /** What a timestamp's text says: its local date and time, and its own zone or offset if any. */
  record Read(LocalDateTime local, ZoneId ownZone, TemporalAccessor parsed) {

    ZonedDateTime zoned() {
      return ZonedDateTime.from(parsed);
    }
  }

  // a Saturday afternoon late in the month, with seconds: a sample every sound pattern can write
  private static final ZonedDateTime SAMPLE =
      ZonedDateTime.of(2026, 10, 31, 13, 45, 30, 0, ZoneId.of("Europe/Berlin"));

  private final String pattern;
  private final DateTimeFormatter formatter;

  private TimestampPattern(String pattern, DateTimeFormatter formatter) {
    this.pattern = pattern;
    this.formatter = formatter;
  }

  /** A pattern of letters as {@link DateTimeFormatter#ofPattern} takes them. */
  static TimestampPattern of(String pattern) {
    return new TimestampPattern(
        pattern, DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT));
  }

  /** ISO-8601, with or without an offset or a zone in brackets. */
  static TimestampPattern iso() {
    return new TimestampPattern(
        "ISO-8601", DateTimeFormatter.ISO_DATE_TIME.withResolverStyle(ResolverStyle.STRICT));
  }

  String pattern() {
    return pattern;
  }

  Read readTimestamp(String text) {
    TemporalAccessor parsed = formatter.parse(text);
    return new Read(LocalDateTime.from(parsed), parsed.query(TemporalQueries.zone()), parsed);
  }

  LocalDate readDate(String text) {
    return LocalDate.from(formatter.parse(text));
  }

  /**
   * Why this pattern cannot read back a timestamp (or a date) it writes itself, or null when it
   * can. A pattern that compiles may still never read a value: {@code yyyy} (year of an era) cannot
   * be placed in a calendar without the era under strict reading, {@code hh} not without am/pm.
   */
  String problemReading(boolean dateOnly) {
    String sample;
    try {
      sample = formatter.format(SAMPLE);
    } catch (DateTimeException e) {
      return "'" + pattern + "' cannot write a timestamp: " + e.getMessage();
    }
    try {
      if (dateOnly) {
        readDate(sample);
      } else {
        readTimestamp(sample);
      }
      return null;
    } catch (DateTimeException e) {
      return "'"
          + pattern
          + "' cannot read '"
          + sample
          + "', a value it writes itself: it does not give "
          + (dateOnly ? "a whole date" : "a whole date and time of day")
          + hint();
    }
  }

  private String hint() {
    if (pattern.contains("y") && !pattern.contains("G")) {
      return "; write 'uuuu' for the year ('yyyy' is the year of an era, which needs an era 'G')";
    }
    if (pattern.contains("h") && !pattern.contains("a")) {
      return "; write 'HH' for the hour ('hh' is the hour of am/pm, which needs an 'a')";
    }
    return "";
  }
}
