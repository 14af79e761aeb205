package org.evsettle.batch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark runs every stage and ends with the line scripts read; no timing is asserted. */
class BenchCommandIT {

  @TempDir Path dir;

  @Test
  void printsEveryStageAndTheSummaryLine() {
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      int status =
          EvsettleCommand.commandLine()
              .execute(
                  "bench",
                  "--sessions",
                  "2000",
                  "--operators",
                  "2",
                  "--home",
                  dir.resolve("bench").toString(),
                  "--rules",
                  "../rules/policies");
      assertThat(status).isZero();
    } finally {
      System.setOut(original);
    }
    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
    // 2,000 sessions and the readings of the 8 chargers of the one metered site (site 0 of 4):
    // 8 x 31 days x 96 quarter hours = 23,808
    assertThat(lines)
        .anyMatch(l -> l.trim().startsWith("generate") && l.contains(" 25808 records"));
    // those, 20 chargers, 4 site ratings and some V2G discharges and discharge requests
    assertThat(lines)
        .anyMatch(
            l ->
                l.trim().startsWith("ingest")
                    && Long.parseLong(l.trim().split("\\s+")[3]) > 2000 + 23_808 + 20 + 4);
    assertThat(lines).anyMatch(l -> l.trim().startsWith("settle"));
    // settle needs its pack approved: the bench has it submitted and approved by two people
    assertThat(lines)
        .anyMatch(
            l -> l.startsWith("  submitted: beijing 2024.1 sha256=") && l.contains("Wang Fang"))
        .anyMatch(l -> l.startsWith("  approved: beijing 2024.1 sha256=") && l.contains("Li Na"));
    assertThat(lines)
        .anyMatch(
            l ->
                l.matches(
                    "  heap: at most \\d+ MB in use, at most \\d+ MB still in use after a collection"));
    assertThat(lines.get(lines.size() - 1))
        .matches("bench: sessions=2000 total_s=\\d+\\.\\d sessions_per_s=\\d+ peak_heap_mb=\\d+");
  }
}
