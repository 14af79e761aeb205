package org.evsettle.integrations.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.evsettle.integrations.IngestTestApplication;
import org.evsettle.integrations.TestHome;
import org.evsettle.integrations.inbox.InboxSweep;
import org.evsettle.integrations.inbox.IngestSummary;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Runs real inbox sweeps (Camel route, H2 file database unless a subclass registers another) in a
 * home folder of the test class's own. Tests share the database, so each uses operator and charger
 * ids of its own.
 */
@SpringBootTest(classes = IngestTestApplication.class)
abstract class IngestTestSupport {

  static final Path HOME = newHome();

  @Autowired InboxSweep sweep;
  @Autowired Clock clock;

  final TestHome home = new TestHome(HOME);
  private final List<Path> installedProfiles = new ArrayList<>();

  @DynamicPropertySource
  static void home(DynamicPropertyRegistry registry) {
    registry.add("evsettle.home", HOME::toString);
  }

  private static Path newHome() {
    try {
      Path home = Files.createTempDirectory("evsettle-ingest-");
      // the test database lives here: removed when the test JVM exits
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> org.springframework.util.FileSystemUtils.deleteRecursively(home.toFile())));
      return home;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Puts an import profile into the home; removed after the test, as the home is shared. */
  Path installProfile(String fileName, String yaml) {
    try {
      Path profile = HOME.resolve("profiles").resolve(fileName);
      Files.createDirectories(profile.getParent());
      Files.writeString(profile, yaml);
      installedProfiles.add(profile);
      return profile;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @AfterEach
  void removeInstalledProfiles() throws IOException {
    for (Path profile : installedProfiles) {
      Files.deleteIfExists(profile);
    }
  }

  IngestSummary ingest() {
    return sweep.runOnce(clock, false);
  }

  /** A chargers file row: id, operator, site, utility, district, access, kW, v2g. */
  static String chargersCsv(String... rows) {
    List<String> lines = new ArrayList<>();
    lines.add(
        "charger_id,operator_id,site_id,utility_id,district,access,rated_power_kw,v2g_capable");
    lines.addAll(List.of(rows));
    return TestHome.csv(lines.toArray(String[]::new));
  }

  /** The rejections of a receipt as "line field CODE" strings. */
  static List<String> rejections(JsonNode receipt) {
    List<String> out = new ArrayList<>();
    receipt
        .get("rejections")
        .forEach(
            r ->
                out.add(
                    r.get("line").asLong()
                        + " "
                        + r.get("field").asText()
                        + " "
                        + r.get("code").asText()));
    return out;
  }

  /** The reason of a receipt's first rejection. */
  static String firstReason(JsonNode receipt) {
    return receipt.get("rejections").get(0).get("reason").asText();
  }

  static List<Long> counts(JsonNode receipt) {
    return List.of(
        receipt.get("accepted").asLong(),
        receipt.get("corrected").asLong(),
        receipt.get("duplicates").asLong(),
        receipt.get("rejected").asLong());
  }
}
