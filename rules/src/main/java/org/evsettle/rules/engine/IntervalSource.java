package org.evsettle.rules.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.evsettle.settlement.domain.IntervalReading;

/** The utility interval readings of a meter that overlap a stretch of time. */
@FunctionalInterface
public interface IntervalSource {

  IntervalSource NONE = (meter, from, to) -> List.of();

  /**
   * Readings held in memory, indexed by meter and start: a session looks up only the readings of
   * its meter that can overlap it (a month of a metered site's readings is thousands per meter, and
   * every session of the operator asks).
   */
  static IntervalSource of(List<IntervalReading> readings) {
    Map<String, NavigableMap<Instant, List<IntervalReading>>> byMeter = new HashMap<>();
    long longest = 0;
    for (IntervalReading r : readings) {
      byMeter
          .computeIfAbsent(r.meterId(), m -> new TreeMap<>())
          .computeIfAbsent(r.intervalStart(), s -> new ArrayList<>(1))
          .add(r);
      longest = Math.max(longest, 60L * r.intervalMinutes());
    }
    long longestSeconds = longest;
    return (meter, from, to) -> {
      NavigableMap<Instant, List<IntervalReading>> starts = byMeter.get(meter);
      if (starts == null) {
        return List.of();
      }
      // a reading overlapping [from, to) starts before `to` and less than the longest interval
      // before `from`
      List<IntervalReading> overlapping = new ArrayList<>();
      for (List<IntervalReading> sameStart :
          starts.subMap(from.minusSeconds(longestSeconds), false, to, false).values()) {
        for (IntervalReading r : sameStart) {
          if (r.intervalEnd().isAfter(from)) {
            overlapping.add(r);
          }
        }
      }
      return overlapping;
    };
  }

  List<IntervalReading> readings(String meterId, Instant from, Instant to);
}
