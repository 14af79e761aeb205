package org.evsettle.settlement.ocpi;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalTime;

/**
 * Whether a tariff element's restrictions hold for a period. Lower bounds are inclusive, upper
 * bounds exclusive, as the specification words them ("valid from", "valid until ... excluding").
 * The {@code reservation} restriction is not checked here: {@link ElementSelector} sorts elements
 * into reservation and session ones.
 */
final class RestrictionCheck {

  private RestrictionCheck() {}

  static boolean holds(TariffRestrictions r, PeriodState p) {
    return timeOfDay(r, p.localStart().toLocalTime())
        && (r.startDate() == null || !p.localStart().toLocalDate().isBefore(r.startDate()))
        && (r.endDate() == null || p.localStart().toLocalDate().isBefore(r.endDate()))
        && atLeast(p.energyBefore(), r.minKwh())
        && below(p.energyBefore(), r.maxKwh())
        && (r.minDuration() == null
            || p.durationBefore().compareTo(Duration.ofSeconds(r.minDuration())) >= 0)
        && (r.maxDuration() == null
            || p.durationBefore().compareTo(Duration.ofSeconds(r.maxDuration())) < 0)
        && (r.dayOfWeek().isEmpty() || r.dayOfWeek().contains(p.localDay()))
        && atLeast(
            measured(p, CdrDimensionType.MIN_CURRENT, CdrDimensionType.CURRENT), r.minCurrent())
        && below(
            measured(p, CdrDimensionType.MAX_CURRENT, CdrDimensionType.CURRENT), r.maxCurrent())
        && atLeast(measured(p, CdrDimensionType.MIN_POWER, CdrDimensionType.POWER), r.minPower())
        && below(measured(p, CdrDimensionType.MAX_POWER, CdrDimensionType.POWER), r.maxPower());
  }

  /**
   * A start after the end (22:00 to 06:00) wraps midnight: from the start until midnight, and from
   * midnight until the end. An end of 00:00 after a start means until midnight.
   */
  private static boolean timeOfDay(TariffRestrictions r, LocalTime t) {
    LocalTime start = r.startTime();
    LocalTime end = r.endTime();
    if (start != null && end != null && end.isBefore(start)) {
      return !t.isBefore(start) || t.isBefore(end);
    }
    return (start == null || !t.isBefore(start)) && (end == null || t.isBefore(end));
  }

  /**
   * The period's minimum (maximum) current or power, else its average. A period that states neither
   * passes the restriction, as in the reference implementation: nothing contradicts it.
   */
  private static BigDecimal measured(PeriodState p, CdrDimensionType bound, CdrDimensionType mean) {
    BigDecimal value = p.period().volume(bound);
    return value != null ? value : p.period().volume(mean);
  }

  private static boolean atLeast(BigDecimal value, BigDecimal min) {
    return min == null || value == null || value.compareTo(min) >= 0;
  }

  private static boolean below(BigDecimal value, BigDecimal max) {
    return max == null || value == null || value.compareTo(max) < 0;
  }
}
