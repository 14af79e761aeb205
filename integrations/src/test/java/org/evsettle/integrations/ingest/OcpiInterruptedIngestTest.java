package org.evsettle.integrations.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.evsettle.integrations.ingest.OcpiObjects.cdr;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.evsettle.integrations.ocpi.OcpiFiles;
import org.evsettle.settlement.persistence.ChargingSessionRepository;
import org.evsettle.settlement.persistence.IngestStore;
import org.evsettle.settlement.persistence.OcpiStore;
import org.evsettle.settlement.persistence.VersionedRowEntity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A CDR file whose ingest was killed after its first chunk (1,000 CDRs) was stored is finished by
 * the next ingest, every CDR counted once, as for CSV files.
 */
class OcpiInterruptedIngestTest extends IngestTestSupport {

  @Autowired JdbcTemplate jdbc;
  @Autowired InboxLayout layout;
  @Autowired IdTagPseudonymizer pseudonymizer;
  @Autowired ChargingSessionRepository sessions;

  @Test
  void theNextIngestFinishesACdrFileLeftInProgress() {
    home.drop(
        "operators/INJ", "chargers.csv", chargersCsv("INJ-C1,INJ,INJ-S,UT1,,PUBLIC,60,false"));
    ingest();
    List<String> lines = new ArrayList<>();
    for (int line = 1; line <= 1500; line++) {
      OcpiObjects cdr = cdr("K" + line, "INJ-C1");
      if (line == 2) { // K1 again: a duplicate, in the stored first chunk
        cdr = cdr("K1", "INJ-C1");
      } else if (line == 1200) { // rejected, in the chunk the killed process never stored
        cdr = cdr.without("total_time");
      } else if (line == 1300) { // K1 corrected
        cdr = cdr("K1", "INJ-C1").with("total_cost.excl_vat", new BigDecimal("5.5"));
      }
      lines.add(cdr.line());
    }
    Path file = home.drop("operators/INJ", "cdrs-day.json", String.join("\n", lines) + "\n");
    layout.loadProfiles();
    IngestStore dying = new DyingStore(jdbc);
    var killed =
        new FileIngestor(
            dying, pseudonymizer, new OcpiFiles(dying, new OcpiStore(jdbc, dying), pseudonymizer));
    IngestStore store = new IngestStore(jdbc);
    var pass =
        new IngestPass(
            clock, false, new ChargerRegistry(store.latestChargers(), store.latestSites()));
    assertThatThrownBy(() -> killed.ingest(layout.classify(file), pass))
        .isInstanceOf(DyingStore.KilledProcess.class);

    ingest();

    // first chunk (lines 1-1000): K1 and 998 others accepted, line 2 a duplicate; then lines
    // 1001-1500: line 1200 rejected, line 1300 corrects K1, the other 498 accepted
    assertThat(counts(home.receipt("operators/INJ", "cdrs-day.json")))
        .containsExactly(999L + 498L, 1L, 1L, 1L);
    assertThat(rejections(home.receipt("operators/INJ", "cdrs-day.json")))
        .containsExactly("1200 total_time MISSING_FIELD");
    assertThat(sessions.findByPartyIdAndRecordIdOrderByVersion("INJ", "K1"))
        .extracting(VersionedRowEntity::getLineNo)
        .containsExactly(1L, 1300L);
    // every stored session version has its CDR: 1,497 first versions and K1's correction
    assertThat(
            jdbc.queryForObject(
                "select count(*) from session_cdr where party_id = 'INJ'", Long.class))
        .isEqualTo(1498L);
    assertThat(file).doesNotExist();
  }
}
