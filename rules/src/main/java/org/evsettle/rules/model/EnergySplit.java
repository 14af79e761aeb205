package org.evsettle.rules.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evsettle.settlement.domain.IntervalReading;
import org.evsettle.settlement.domain.WindowClass;

/**
 * Splits a metered energy over time-of-use classes. By duration (constant power) unless interval
 * readings cover the whole span, in which case in proportion to the interval energy that falls in
 * each window. Shares keep 6 decimals; the last share takes the remainder so they add up exactly.
 */
public final class EnergySplit {

  private static final int SCALE = 6;
  static final String BY_DURATION = "duration";
  static final String BY_READINGS = "interval readings";

  private EnergySplit() {}

  public static List<EnergyShare> of(SessionFact s, TimeOfUse tou) {
    return split(s, s.getStartedAt(), s.getEndedAt(), s.getEnergyKwh(), s.getReadings(), tou);
  }

  public static List<EnergyShare> of(DischargeFact d, TimeOfUse tou) {
    return split(d, d.getStartedAt(), d.getEndedAt(), d.getEnergyKwh(), List.of(), tou);
  }

  static List<EnergyShare> split(
      Object source,
      Instant from,
      Instant to,
      BigDecimal kwh,
      List<IntervalReading> readings,
      TimeOfUse tou) {
    List<TimeSlice> slices = tou.slices(from, to);
    Map<TouWindow, BigDecimal> weights = new LinkedHashMap<>();
    String basis = BY_DURATION;
    if (covers(readings, from, to)) {
      for (TimeSlice slice : slices) {
        weights.merge(
            slice.window(), readingEnergy(readings, slice.from(), slice.to()), BigDecimal::add);
      }
      basis = BY_READINGS;
    }
    if (weights.values().stream().noneMatch(w -> w.signum() > 0)) {
      weights.clear();
      basis = BY_DURATION;
      for (TimeSlice slice : slices) {
        weights.merge(
            slice.window(), BigDecimal.valueOf(slice.duration().toSeconds()), BigDecimal::add);
      }
    }
    return shares(source, kwh, byClass(weights), basis);
  }

  /** Windows of one class and rate are one share: one line per window class. */
  private static Map<WindowClass, Map.Entry<BigDecimal, BigDecimal>> byClass(
      Map<TouWindow, BigDecimal> weights) {
    Map<WindowClass, Map.Entry<BigDecimal, BigDecimal>> out = new LinkedHashMap<>();
    weights.forEach(
        (window, weight) ->
            out.merge(
                window.getWindowClass(),
                Map.entry(window.getRate(), weight),
                (a, b) -> {
                  if (a.getKey().compareTo(b.getKey()) != 0) {
                    throw new IllegalStateException(
                        window.getWindowClass()
                            + " windows have different rates; give them different classes");
                  }
                  return Map.entry(a.getKey(), a.getValue().add(b.getValue()));
                }));
    return out;
  }

  private static List<EnergyShare> shares(
      Object source,
      BigDecimal kwh,
      Map<WindowClass, Map.Entry<BigDecimal, BigDecimal>> weights,
      String basis) {
    BigDecimal total =
        weights.values().stream().map(Map.Entry::getValue).reduce(BigDecimal.ZERO, BigDecimal::add);
    List<EnergyShare> out = new ArrayList<>();
    BigDecimal assigned = BigDecimal.ZERO;
    int i = 0;
    for (var e : weights.entrySet()) {
      BigDecimal share =
          ++i == weights.size()
              ? kwh.setScale(SCALE, RoundingMode.HALF_UP).subtract(assigned)
              : kwh.multiply(e.getValue().getValue()).divide(total, SCALE, RoundingMode.HALF_UP);
      assigned = assigned.add(share);
      out.add(new EnergyShare(source, e.getKey(), e.getValue().getKey(), share, basis));
    }
    return out;
  }

  /** Whether readings leave no gap in {@code [from, to)}. */
  static boolean covers(List<IntervalReading> readings, Instant from, Instant to) {
    if (readings.isEmpty()) {
      return false;
    }
    List<IntervalReading> sorted = new ArrayList<>(readings);
    sorted.sort(Comparator.comparing(IntervalReading::intervalStart));
    Instant reached = from;
    for (IntervalReading r : sorted) {
      if (r.intervalStart().isAfter(reached)) {
        return false;
      }
      if (r.intervalEnd().isAfter(reached)) {
        reached = r.intervalEnd();
      }
      if (!reached.isBefore(to)) {
        return true;
      }
    }
    return false;
  }

  /** Interval energy inside {@code [from, to)}, a partly covered interval pro rata. */
  private static BigDecimal readingEnergy(
      List<IntervalReading> readings, Instant from, Instant to) {
    BigDecimal sum = BigDecimal.ZERO;
    for (IntervalReading r : readings) {
      Instant a = r.intervalStart().isAfter(from) ? r.intervalStart() : from;
      Instant b = r.intervalEnd().isBefore(to) ? r.intervalEnd() : to;
      if (a.isBefore(b)) {
        long overlap = Duration.between(a, b).toSeconds();
        long length = Duration.between(r.intervalStart(), r.intervalEnd()).toSeconds();
        sum =
            sum.add(
                r.imported()
                    .kwh()
                    .multiply(BigDecimal.valueOf(overlap))
                    .divide(BigDecimal.valueOf(length), 12, RoundingMode.HALF_UP));
      }
    }
    return sum;
  }
}
