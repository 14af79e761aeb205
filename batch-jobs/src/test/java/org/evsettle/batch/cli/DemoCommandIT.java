package org.evsettle.batch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The README's main command, run twice in the same home, and refused in a home it did not make. */
class DemoCommandIT {

  @TempDir Path dir;

  private static int run(ByteArrayOutputStream out, String... args) {
    PrintStream original = System.out;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      CommandLine cli = EvsettleCommand.commandLine();
      cli.setErr(new java.io.PrintWriter(out, true));
      return cli.execute(args);
    } finally {
      System.setOut(original);
    }
  }

  @Test
  void ingestsTheSampleMonthAndCanBeRunAgain() throws Exception {
    Path home = dir.resolve("demo");
    for (int round = 1; round <= 2; round++) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      assertThat(run(out, "demo", "--home", home.toString())).isZero();
      // 2 x 30 chargers, 6,000 generated sessions, and 1 of the 7 hand-written late reports
      assertThat(out.toString(StandardCharsets.UTF_8))
          .contains(
              "ingest: files=5 (quarantined=0, duplicate files=0) accepted=6061 corrected=0"
                  + " duplicates=0 rejected=6");
    }
    assertThat(home.resolve("outbox/operators/OP1/receipts/sessions-late-reports.csv.receipt.json"))
        .exists();
    assertThat(
            home.resolve("outbox/operators/OP1/receipts/sessions-late-reports.csv.2.receipt.json"))
        .doesNotExist();
  }

  @Test
  void leavesAHomeItDidNotMakeAlone() throws Exception {
    Path home = Files.createDirectories(dir.resolve("production"));
    Files.writeString(home.resolve("keep.txt"), "precious");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(run(out, "demo", "--home", home.toString())).isNotZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("is not empty and was not made by a demo");
    assertThat(home.resolve("keep.txt")).hasContent("precious");
  }
}
