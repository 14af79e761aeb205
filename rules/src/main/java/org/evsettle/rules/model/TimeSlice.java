package org.evsettle.rules.model;

import java.time.Duration;
import java.time.Instant;

/** A stretch of time that lies in one time-of-use window. */
public record TimeSlice(TouWindow window, Instant from, Instant to) {

  public Duration duration() {
    return Duration.between(from, to);
  }
}
