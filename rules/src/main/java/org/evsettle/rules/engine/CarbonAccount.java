package org.evsettle.rules.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.evsettle.rules.model.DurationShares;
import org.evsettle.settlement.domain.CarbonIntensity;
import org.evsettle.settlement.domain.Charger;
import org.evsettle.settlement.domain.ChargingSession;

/**
 * The carbon of an operator's charging, reported not paid: each session's energy shared over the
 * hours it spans (constant power) times the grid carbon intensity its charger's utility published
 * for the hour; and the share of the energy charged in the period's lowest-carbon hours, the
 * quarter of each utility's hours of the period with the lowest intensity (ties: the earlier hour).
 * Sums are exact, so they do not depend on the order or batches sessions come in.
 */
final class CarbonAccount {

  /** The share of hours counted as the lowest-carbon ones. */
  static final int LOW_CARBON_PERCENT = 25;

  private final Map<String, Map<Instant, BigDecimal>> intensity = new HashMap<>();
  private final Set<String> lowCarbonHours = new HashSet<>();
  private BigDecimal kwh = BigDecimal.ZERO;
  private BigDecimal grams = BigDecimal.ZERO;
  private BigDecimal lowCarbonKwh = BigDecimal.ZERO;
  private BigDecimal unknownKwh = BigDecimal.ZERO;

  CarbonAccount(List<CarbonIntensity> hours, Instant periodStart, Instant periodEnd) {
    Map<String, List<CarbonIntensity>> inPeriod = new HashMap<>();
    for (CarbonIntensity h : hours) {
      intensity
          .computeIfAbsent(h.utilityId(), u -> new HashMap<>())
          .put(h.hourStart(), h.gco2PerKwh());
      if (!h.hourStart().isBefore(periodStart) && h.hourStart().isBefore(periodEnd)) {
        inPeriod.computeIfAbsent(h.utilityId(), u -> new ArrayList<>()).add(h);
      }
    }
    inPeriod.forEach(
        (utility, list) -> {
          list.sort(
              Comparator.comparing(CarbonIntensity::gco2PerKwh)
                  .thenComparing(CarbonIntensity::hourStart));
          int low = (list.size() * LOW_CARBON_PERCENT + 99) / 100;
          list.subList(0, low).forEach(h -> lowCarbonHours.add(key(utility, h.hourStart())));
        });
  }

  boolean isEmpty() {
    return intensity.isEmpty();
  }

  void add(ChargingSession s, Charger charger) {
    Instant from = s.startedAt();
    Instant to = s.endedAt();
    List<Instant> cuts = new ArrayList<>();
    for (Instant h = from.truncatedTo(ChronoUnit.HOURS).plus(1, ChronoUnit.HOURS);
        h.isBefore(to);
        h = h.plus(1, ChronoUnit.HOURS)) {
      cuts.add(h);
    }
    List<BigDecimal> shares = DurationShares.of(s.energy().kwh(), from, to, cuts);
    Map<Instant, BigDecimal> utility = intensity.getOrDefault(charger.utilityId(), Map.of());
    Instant hour = from.truncatedTo(ChronoUnit.HOURS);
    for (BigDecimal share : shares) {
      BigDecimal g = utility.get(hour);
      if (g == null) {
        unknownKwh = unknownKwh.add(share);
      } else {
        kwh = kwh.add(share);
        grams = grams.add(share.multiply(g));
        if (lowCarbonHours.contains(key(charger.utilityId(), hour))) {
          lowCarbonKwh = lowCarbonKwh.add(share);
        }
      }
      hour = hour.plus(1, ChronoUnit.HOURS);
    }
  }

  /** The operator's carbon measures; none when no utility published an intensity. */
  List<Evaluation.Measure> measures() {
    if (isEmpty()) {
      return List.of();
    }
    List<Evaluation.Measure> out = new ArrayList<>();
    out.add(
        new Evaluation.Measure(
            "carbon kg CO2",
            "charged energy",
            grams.movePointLeft(3).setScale(3, RoundingMode.HALF_EVEN)));
    out.add(
        new Evaluation.Measure(
            "carbon low-carbon hours percent",
            "lowest " + LOW_CARBON_PERCENT + " % of hours",
            kwh.signum() == 0
                ? BigDecimal.ZERO.setScale(2)
                : lowCarbonKwh
                    .multiply(BigDecimal.valueOf(100))
                    .divide(kwh, 2, RoundingMode.HALF_EVEN)));
    out.add(
        new Evaluation.Measure(
            "carbon kWh without intensity",
            "charged energy",
            unknownKwh.setScale(3, RoundingMode.HALF_EVEN)));
    return out;
  }

  private static String key(String utility, Instant hour) {
    return utility + "@" + hour;
  }
}
