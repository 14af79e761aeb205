package org.evsettle.settlement.ocpi;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * step_size as the OCPI 2.2.1 errata say it: it applies to the total volume of a dimension over the
 * session, not to each period; the total is rounded up to whole steps of the component that priced
 * the last period of that dimension, and what the rounding adds is billed on that period, at its
 * price. Energy steps are in Wh, time steps in seconds.
 *
 * <p>Where a session has priced parking time, the charging time's step_size is not applied, only
 * the parking's: the rounding belongs to the end of the session. This follows the reference
 * implementation (its step_size test case expects exactly that); the specification is silent.
 */
final class StepSizes {

  private static final BigDecimal WH_PER_KWH = BigDecimal.valueOf(1000);
  private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

  private StepSizes() {}

  /** Rounds the billed volumes of {@code lines} (the session's lines, in period order). */
  static void apply(List<DimensionLine> lines) {
    boolean parkingPriced =
        lines.stream()
            .anyMatch(l -> l.type == TariffDimensionType.PARKING_TIME && l.choice != null);
    round(lines, TariffDimensionType.ENERGY, false, WH_PER_KWH);
    round(lines, TariffDimensionType.PARKING_TIME, false, SECONDS_PER_HOUR);
    if (!parkingPriced) {
      round(lines, TariffDimensionType.TIME, false, SECONDS_PER_HOUR);
    }
    round(lines, TariffDimensionType.TIME, true, SECONDS_PER_HOUR);
  }

  private static void round(
      List<DimensionLine> lines,
      TariffDimensionType type,
      boolean reservation,
      BigDecimal stepUnitsPerVolumeUnit) {
    BigDecimal total = BigDecimal.ZERO;
    DimensionLine last = null;
    for (DimensionLine line : lines) {
      if (line.type == type && line.reservation == reservation) {
        total = total.add(line.volume);
        if (line.choice != null) {
          last = line;
        }
      }
    }
    if (last == null || last.choice.component().stepSize() <= 0) {
      return;
    }
    BigDecimal step = BigDecimal.valueOf(last.choice.component().stepSize());
    BigDecimal steps = total.multiply(stepUnitsPerVolumeUnit).divide(step, 0, RoundingMode.CEILING);
    BigDecimal billed = steps.multiply(step).divide(stepUnitsPerVolumeUnit, MathContext.DECIMAL128);
    last.billedVolume = last.billedVolume.add(billed.subtract(total));
  }
}
