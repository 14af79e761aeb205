package org.evsettle.rules.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A site's response to a load-reduction event, measured against an X-of-Y weekday baseline: of the
 * Y weekdays before the event day (holidays and other event days left out), the X with the highest
 * load in the event's hours are averaged, then scaled by the same-day adjustment (the site's load
 * in the hours before the event against the baseline days' load in those hours, within a cap). The
 * reduction is baseline minus actual, never below zero. CAISO's 10-of-10 with a 20 % cap is {@code
 * of(event, site, period, 10, 10, 3, 20)}.
 */
public final class LoadReduction {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final DispatchFact event;
  private final SiteLoad site;
  private final List<LocalDate> baselineDays;
  private final int daysWanted;
  private final BigDecimal unadjustedKwh;
  private final BigDecimal adjustment;
  private final BigDecimal baselineKwh;
  private final BigDecimal actualKwh;

  private LoadReduction(
      DispatchFact event,
      SiteLoad site,
      List<LocalDate> baselineDays,
      int daysWanted,
      BigDecimal unadjustedKwh,
      BigDecimal adjustment,
      BigDecimal baselineKwh,
      BigDecimal actualKwh) {
    this.event = event;
    this.site = site;
    this.baselineDays = List.copyOf(baselineDays);
    this.daysWanted = daysWanted;
    this.unadjustedKwh = unadjustedKwh;
    this.adjustment = adjustment;
    this.baselineKwh = baselineKwh;
    this.actualKwh = actualKwh;
  }

  /**
   * @param weekdays Y, the weekdays before the event the baseline looks at
   * @param highest X, how many of them (the highest loads) are averaged
   * @param adjustmentHours the hours before the event, ending an hour before it, whose load scales
   *     the baseline (0: no adjustment)
   * @param adjustmentCapPercent how far the adjustment may scale it, up or down
   */
  public static LoadReduction of(
      DispatchFact event,
      SiteLoad site,
      PeriodFact period,
      BigDecimal weekdays,
      BigDecimal highest,
      BigDecimal adjustmentHours,
      BigDecimal adjustmentCapPercent) {
    ZoneId zone = period.zone();
    LocalDate eventDay = event.getStartsAt().atZone(zone).toLocalDate();
    LocalTime startTime = event.getStartsAt().atZone(zone).toLocalTime();
    Duration length = Duration.between(event.getStartsAt(), event.getEndsAt());
    Duration adjustment = Duration.ofHours(adjustmentHours.longValueExact());

    // each candidate day's energy in the event's hours, measured once
    Map<LocalDate, BigDecimal> inWindow = new HashMap<>();
    for (LocalDate day = eventDay.minusDays(1);
        inWindow.size() < weekdays.intValueExact()
            && site.covers(day.atTime(startTime).atZone(zone).toInstant().minus(adjustment));
        day = day.minusDays(1)) {
      if (isWeekday(day) && !period.isHoliday(day) && !site.isEventDay(day)) {
        inWindow.put(
            day, site.kwhBetween(start(day, startTime, zone), end(day, startTime, zone, length)));
      }
    }
    List<LocalDate> chosen =
        inWindow.keySet().stream()
            .sorted(
                Comparator.comparing((LocalDate d) -> inWindow.get(d))
                    .reversed()
                    .thenComparing(Comparator.reverseOrder()))
            .limit(highest.intValueExact())
            .sorted()
            .toList();

    BigDecimal unadjusted = average(chosen, inWindow::get);
    BigDecimal ratio = BigDecimal.ONE;
    if (!adjustment.isZero() && !chosen.isEmpty()) {
      Instant adjustmentEnd = event.getStartsAt().minus(Duration.ofHours(1));
      BigDecimal actualBefore = site.kwhBetween(adjustmentEnd.minus(adjustment), adjustmentEnd);
      BigDecimal usualBefore =
          average(
              chosen,
              d -> {
                Instant end = start(d, startTime, zone).minus(Duration.ofHours(1));
                return site.kwhBetween(end.minus(adjustment), end);
              });
      if (usualBefore.signum() > 0) {
        BigDecimal cap = adjustmentCapPercent.divide(HUNDRED);
        ratio =
            actualBefore
                .divide(usualBefore, 6, RoundingMode.HALF_EVEN)
                .max(BigDecimal.ONE.subtract(cap))
                .min(BigDecimal.ONE.add(cap));
      }
    }
    BigDecimal baseline = unadjusted.multiply(ratio).setScale(6, RoundingMode.HALF_EVEN);
    BigDecimal actual = site.kwhBetween(event.getStartsAt(), event.getEndsAt());
    return new LoadReduction(
        event,
        site,
        chosen,
        highest.intValueExact(),
        unadjusted,
        ratio.stripTrailingZeros(),
        baseline.stripTrailingZeros(),
        actual);
  }

  private static boolean isWeekday(LocalDate day) {
    return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
  }

  private static Instant start(LocalDate day, LocalTime time, ZoneId zone) {
    return day.atTime(time).atZone(zone).toInstant();
  }

  private static Instant end(LocalDate day, LocalTime time, ZoneId zone, Duration length) {
    return start(day, time, zone).plus(length);
  }

  private static BigDecimal average(
      List<LocalDate> days, java.util.function.Function<LocalDate, BigDecimal> kwh) {
    if (days.isEmpty()) {
      return BigDecimal.ZERO;
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (LocalDate d : days) {
      sum = sum.add(kwh.apply(d));
    }
    return sum.divide(BigDecimal.valueOf(days.size()), 6, RoundingMode.HALF_EVEN);
  }

  public DispatchFact getEvent() {
    return event;
  }

  public SiteLoad getSite() {
    return site;
  }

  /** The days averaged, earliest first. */
  public List<LocalDate> getBaselineDays() {
    return baselineDays;
  }

  /** Fewer baseline days than the method asks for: the look-back or the data ran out. */
  public boolean isShortOfDays() {
    return baselineDays.size() < daysWanted;
  }

  public BigDecimal getUnadjustedKwh() {
    return unadjustedKwh;
  }

  /** The same-day adjustment factor applied (1 without one). */
  public BigDecimal getAdjustment() {
    return adjustment;
  }

  /** The adjusted baseline: the energy the site would have drawn in the event's hours. */
  public BigDecimal getBaselineKwh() {
    return baselineKwh;
  }

  /** The energy it drew. */
  public BigDecimal getActualKwh() {
    return actualKwh;
  }

  /** Baseline minus actual, floored at zero. */
  public BigDecimal getReductionKwh() {
    return baselineKwh.subtract(actualKwh).max(BigDecimal.ZERO).stripTrailingZeros();
  }

  /** "baseline 40 kWh (average of 10 weekdays, adjusted x 1.1), actual 24 kWh" */
  public String describe() {
    return "the baseline of "
        + site
        + " is "
        + baselineKwh.toPlainString()
        + " kWh (the average of "
        + baselineDays.size()
        + (isShortOfDays() ? " weekdays, of " + daysWanted + " wanted" : " weekdays")
        + ", "
        + unadjustedKwh.stripTrailingZeros().toPlainString()
        + " kWh, adjusted x "
        + adjustment.toPlainString()
        + ") and it drew "
        + actualKwh.toPlainString()
        + " kWh";
  }

  @Override
  public String toString() {
    return "load reduction of " + site + " in " + event;
  }
}
