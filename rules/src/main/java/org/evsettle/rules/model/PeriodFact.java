package org.evsettle.rules.model;

import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Set;

/** The settlement period and the pack's settings every rule may need. */
public record PeriodFact(
    YearMonth period,
    ZoneId zone,
    Currency currency,
    RoundingMode rounding,
    String fundId,
    TimeOfUse timeOfUse,
    Set<LocalDate> holidays) {

  public PeriodFact {
    holidays = Set.copyOf(holidays);
  }

  /** Whether the pack's holiday calendar has this day. */
  public boolean isHoliday(LocalDate day) {
    return holidays.contains(day);
  }

  public LocalDate lastDay() {
    return period.atEndOfMonth();
  }

  public Instant start() {
    return period.atDay(1).atStartOfDay(zone).toInstant();
  }

  public Instant end() {
    return period.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
  }

  /** The period's month, e.g. {@code 2026-10}. */
  public String getName() {
    return period.toString();
  }
}
