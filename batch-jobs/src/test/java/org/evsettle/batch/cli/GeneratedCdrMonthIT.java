package org.evsettle.batch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated month as OCPI CDRs (what the CDR ingest benchmark reads) is the same month as the
 * generated CSV: every CDR is accepted, and it settles to the same statement, signed meter values
 * and CS-5 included (its rapid chargers' sessions carry their meters' OCMF values as End values).
 */
class GeneratedCdrMonthIT {

  private static final String STATEMENT =
      "outbox/operators/OP1/2026-10/2026-10-INITIAL/statement.csv";

  @TempDir Path dir;

  @Test
  void theGeneratedCdrMonthIngestsWhollyAndSettlesLikeTheCsvMonth() throws IOException {
    Path csv = dir.resolve("csv");
    Path cdrs = dir.resolve("cdrs");
    Cli.run(0, "generate", "--home", csv.toString(), "--sessions", "400", "--seed", "7");
    Cli.run(0, "generate", "--home", cdrs.toString(), "--sessions", "400", "--seed", "7", "--cdrs");
    assertThat(cdrs.resolve("inbox/operators/OP1/cdrs-synthetic.json")).exists();

    // 400 sessions and the 4 chargers (one per 100 sessions) of the one operator
    String expected = "accepted=404 corrected=0 duplicates=0 rejected=0";
    assertThat(Cli.run(0, "ingest", "--home", csv.toString(), "--as-of", "2026-11-01T00:00:00Z"))
        .contains(expected);
    assertThat(Cli.run(0, "ingest", "--home", cdrs.toString(), "--as-of", "2026-11-01T00:00:00Z"))
        .contains(expected);

    Cli.approveAndSettle(csv, "beijing", "2026-10");
    Cli.approveAndSettle(cdrs, "beijing", "2026-10");
    assertThat(Files.readString(cdrs.resolve(STATEMENT)))
        .isEqualTo(Files.readString(csv.resolve(STATEMENT)));
  }
}
