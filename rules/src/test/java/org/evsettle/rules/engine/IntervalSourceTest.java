package org.evsettle.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.evsettle.settlement.domain.Energy;
import org.evsettle.settlement.domain.IntervalReading;
import org.evsettle.settlement.domain.RecordStatus;
import org.junit.jupiter.api.Test;

class IntervalSourceTest {

  private static IntervalReading reading(String meter, String start, int minutes) {
    return new IntervalReading(
        meter, Instant.parse(start), minutes, Energy.kwh("1"), null, RecordStatus.ACTIVE);
  }

  @Test
  void findsExactlyTheReadingsOfTheMeterThatOverlapTheSpan() {
    var source =
        IntervalSource.of(
            List.of(
                reading("M1", "2026-10-01T09:45:00Z", 15), // ends when the span starts: out
                reading("M1", "2026-10-01T09:30:00Z", 60), // 09:30-10:30 covers the start: in
                reading("M1", "2026-10-01T10:00:00Z", 15),
                reading("M2", "2026-10-01T10:00:00Z", 15), // another meter: out
                reading("M1", "2026-10-01T10:15:00Z", 15),
                reading("M1", "2026-10-01T10:30:00Z", 15))); // starts when the span ends: out

    var found =
        source.readings(
            "M1", Instant.parse("2026-10-01T10:00:00Z"), Instant.parse("2026-10-01T10:30:00Z"));

    assertThat(found)
        .extracting(r -> r.intervalStart().toString() + "/" + r.intervalMinutes())
        .containsExactly(
            "2026-10-01T09:30:00Z/60", "2026-10-01T10:00:00Z/15", "2026-10-01T10:15:00Z/15");
    assertThat(source.readings("M3", Instant.EPOCH, Instant.parse("2030-01-01T00:00:00Z")))
        .isEmpty();
  }
}
