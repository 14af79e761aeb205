package org.evsettle.rules.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.evsettle.settlement.domain.WindowClass;
import org.junit.jupiter.api.Test;

/**
 * Window boundaries on the days the clocks change, in Europe/London: on 25 October 2026 the clocks
 * go back from 02:00 BST (01:00 UTC) to 01:00 GMT, so local 01:00-02:00 happens twice, and a
 * boundary at 01:30 twice: at 00:30 and at 01:30 UTC. Valley 00:00-01:30, flat 01:30-24:00.
 */
class TimeOfUseAcrossClockChangesTest {

  private final TimeOfUse tou =
      new TimeOfUse(
          List.of(
              new TouWindow(WindowClass.VALLEY, "00:00", "01:30", "", "0.10"),
              new TouWindow(WindowClass.FLAT, "01:30", "00:00", "", "0.20")),
          ZoneId.of("Europe/London"));

  private static List<String> split(String from, String to) {
    return new TimeOfUseAcrossClockChangesTest()
        .tou.slices(Instant.parse(from), Instant.parse(to)).stream()
            .map(s -> s.window().getWindowClass() + " " + s.from() + "-" + s.to())
            .toList();
  }

  @Test
  void aBoundaryInTheRepeatedHourSplitsAtItsSecondInstant() {
    // 01:10-01:40 GMT: 20 minutes before the second 01:30, 10 after
    assertThat(split("2026-10-25T01:10:00Z", "2026-10-25T01:40:00Z"))
        .containsExactly(
            "VALLEY 2026-10-25T01:10:00Z-2026-10-25T01:30:00Z",
            "FLAT 2026-10-25T01:30:00Z-2026-10-25T01:40:00Z");
  }

  @Test
  void theClockGoingBackReturnsToTheEarlierWindow() {
    // 01:20 BST to 01:20 GMT: valley to 01:30 BST, flat to 02:00 BST (01:00 UTC), then the clock
    // reads 01:00 again: valley for the last 20 minutes
    assertThat(split("2026-10-25T00:20:00Z", "2026-10-25T01:20:00Z"))
        .containsExactly(
            "VALLEY 2026-10-25T00:20:00Z-2026-10-25T00:30:00Z",
            "FLAT 2026-10-25T00:30:00Z-2026-10-25T01:00:00Z",
            "VALLEY 2026-10-25T01:00:00Z-2026-10-25T01:20:00Z");
  }

  @Test
  void theClockGoingForwardSkipsTheMissingHour() {
    // 29 March 2026: 01:00 GMT is 02:00 BST; 00:50-01:10 UTC is local 00:50 to 02:10, and 01:30
    // does not happen: valley for 10 minutes, flat for 10
    assertThat(split("2026-03-29T00:50:00Z", "2026-03-29T01:10:00Z"))
        .containsExactly(
            "VALLEY 2026-03-29T00:50:00Z-2026-03-29T01:00:00Z",
            "FLAT 2026-03-29T01:00:00Z-2026-03-29T01:10:00Z");
  }
}
