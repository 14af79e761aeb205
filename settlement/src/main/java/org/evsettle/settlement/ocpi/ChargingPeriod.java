package org.evsettle.settlement.ocpi;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A part of a session over which nothing that changes the price changed; it lasts until the next
 * period's start (the last until the session's end). {@code tariffId} may be null.
 */
public record ChargingPeriod(
    Instant startDateTime, List<CdrDimension> dimensions, String tariffId) {

  public ChargingPeriod {
    dimensions = List.copyOf(dimensions);
  }

  /** The volume of a dimension in this period, or null when the period does not state it. */
  public BigDecimal volume(CdrDimensionType type) {
    return dimensions.stream()
        .filter(d -> d.type() == type)
        .map(CdrDimension::volume)
        .findFirst()
        .orElse(null);
  }
}
