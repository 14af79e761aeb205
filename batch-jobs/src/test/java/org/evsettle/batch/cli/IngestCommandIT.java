package org.evsettle.batch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line end to end, in process: a generated 100,000-session file (plus its 1,000
 * chargers) through {@code evsettle ingest}, on the embedded H2 default in a fresh home.
 */
class IngestCommandIT {

  @TempDir Path home;

  private String run(String... args) {
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      int status = EvsettleCommand.commandLine().execute(args);
      assertThat(status).as("exit status of %s", String.join(" ", args)).isZero();
    } finally {
      System.setOut(original);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void ingestsAHundredThousandRowFileOnce() throws Exception {
    run("generate", "--home", home.toString(), "--sessions", "100000");
    Path sessions = home.resolve("inbox/operators/OP1/sessions-synthetic.csv");
    assertThat(Files.lines(sessions).count()).isEqualTo(100_001);

    String first = run("ingest", "--home", home.toString(), "--as-of", "2026-11-01T00:00:00Z");
    assertThat(first.trim())
        .isEqualTo(
            "ingest: files=2 (quarantined=0, duplicate files=0) accepted=101000 corrected=0"
                + " duplicates=0 rejected=0");
    JsonNode receipt =
        new ObjectMapper()
            .readTree(
                home.resolve("outbox/operators/OP1/receipts/sessions-synthetic.csv.receipt.json")
                    .toFile());
    assertThat(receipt.get("accepted").asLong()).isEqualTo(100_000);
    assertThat(receipt.get("received_at").asText()).isEqualTo("2026-11-01T00:00:00Z");
    assertThat(sessions).doesNotExist();

    // the same month sent again is a duplicate file, and nothing is stored twice
    run("generate", "--home", home.toString(), "--sessions", "100000");
    String second = run("ingest", "--home", home.toString(), "--as-of", "2026-11-02T00:00:00Z");
    assertThat(second.trim())
        .isEqualTo(
            "ingest: files=2 (quarantined=0, duplicate files=2) accepted=0 corrected=0"
                + " duplicates=0 rejected=0");
  }

  @Test
  void aBrokenImportProfileRefusesTheIngestWithOneLineAndTouchesNoFile() throws Exception {
    Path profiles = Files.createDirectories(home.resolve("profiles"));
    // a chargers export whose certificate expiry date is read with a year of an era
    Files.writeString(
        profiles.resolve("registry.yaml"),
        """
        name: registry
        record_type: chargers
        files: ["registry-*.csv"]
        fields:
          charger_id: { column: Id }
          operator_id: { value: "{sender}" }
          site_id: { column: Site }
          utility_id: { value: UT1 }
          access: { value: PUBLIC }
          rated_power_kw: { column: kW }
          tls_cert_expires: { column: Cert, format: "dd/MM/yyyy" }
        """);
    Path chargers = home.resolve("inbox/operators/OP1/chargers.csv");
    Files.createDirectories(chargers.getParent());
    Files.writeString(
        chargers, "charger_id,operator_id,site_id,utility_id,access,rated_power_kw\n");

    assertThat(Cli.run(1, "ingest", "--home", home.toString()))
        .isEqualTo(
            "ingest: profiles/registry.yaml:11: field 'fields.tls_cert_expires.format':"
                + " 'dd/MM/yyyy' cannot read '31/10/2026', a value it writes itself: it does not"
                + " give a whole date; write 'uuuu' for the year ('yyyy' is the year of an era,"
                + " which needs an era 'G')"
                + System.lineSeparator());
    assertThat(chargers).exists();
    assertThat(home.resolve("outbox")).doesNotExist();
  }

  @Test
  void everyCommandHasHelp() {
    assertThat(run("--help")).contains("ingest").contains("generate");
    assertThat(run("ingest", "--help")).contains("--as-of").contains("--home");
    assertThat(run("generate", "--help")).contains("--sessions");
  }
}
