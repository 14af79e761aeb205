package org.evsettle.settlement.ocpi;

import java.time.Instant;
import java.util.List;

/** A charging period of the CDR (by its index) and its priced dimensions. */
public record PricedPeriod(
    int index, Instant start, Instant end, List<PricedDimension> dimensions) {

  public PricedPeriod {
    dimensions = List.copyOf(dimensions);
  }
}
