package org.evsettle.rules.engine;

import java.time.Instant;
import java.util.List;
import org.evsettle.settlement.domain.IntervalReading;

/** The utility interval readings of a meter that overlap a stretch of time. */
@FunctionalInterface
public interface IntervalSource {

  IntervalSource NONE = (meter, from, to) -> List.of();

  /** Readings held in memory (worked examples, tests): those of the meter overlapping the span. */
  static IntervalSource of(List<IntervalReading> readings) {
    return (meter, from, to) ->
        readings.stream()
            .filter(r -> r.meterId().equals(meter))
            .filter(r -> r.intervalStart().isBefore(to) && r.intervalEnd().isAfter(from))
            .toList();
  }

  List<IntervalReading> readings(String meterId, Instant from, Instant to);
}
