package org.evsettle.rules.engine;

import java.time.Instant;
import java.util.List;
import org.evsettle.settlement.domain.IntervalReading;

/** The utility interval readings of a meter that overlap a stretch of time. */
@FunctionalInterface
public interface IntervalSource {

  IntervalSource NONE = (meter, from, to) -> List.of();

  List<IntervalReading> readings(String meterId, Instant from, Instant to);
}
