package org.evsettle.rules.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The part of a discharge that fell inside discharge requests covering its charger, by duration;
 * overlapping requests count once.
 */
public record DispatchEnergy(DischargeFact discharge, BigDecimal kwh, String events, String scope) {

  public static DispatchEnergy of(DischargeFact d, List<DispatchFact> events) {
    List<Instant[]> windows = new ArrayList<>();
    for (DispatchFact e : events) {
      Instant a = e.getStartsAt().isAfter(d.getStartedAt()) ? e.getStartsAt() : d.getStartedAt();
      Instant b = e.getEndsAt().isBefore(d.getEndedAt()) ? e.getEndsAt() : d.getEndedAt();
      if (a.isBefore(b)) {
        windows.add(new Instant[] {a, b});
      }
    }
    windows.sort(Comparator.comparing(w -> w[0]));
    long inside = 0;
    Instant reached = d.getStartedAt();
    for (Instant[] w : windows) {
      Instant a = w[0].isAfter(reached) ? w[0] : reached;
      if (w[1].isAfter(a)) {
        inside += Duration.between(a, w[1]).toSeconds();
        reached = w[1];
      }
    }
    long total = Duration.between(d.getStartedAt(), d.getEndedAt()).toSeconds();
    BigDecimal kwh =
        d.getEnergyKwh()
            .multiply(BigDecimal.valueOf(inside))
            .divide(BigDecimal.valueOf(total), 6, RoundingMode.HALF_UP);
    String ids =
        events.stream().map(DispatchFact::getEventId).sorted().collect(Collectors.joining(", "));
    String scope =
        events.stream()
            .map(DispatchFact::getScope)
            .distinct()
            .sorted()
            .collect(Collectors.joining(", "));
    return new DispatchEnergy(d, kwh, ids, scope);
  }

  public DischargeFact getDischarge() {
    return discharge;
  }

  public BigDecimal getKwh() {
    return kwh;
  }

  public String getEvents() {
    return events;
  }

  public String getScope() {
    return scope;
  }
}
