package org.evsettle.integrations.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.evsettle.integrations.TestHome.csv;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.evsettle.settlement.persistence.ChargingSessionEntity;
import org.evsettle.settlement.persistence.ChargingSessionRepository;
import org.evsettle.settlement.persistence.IngestStore;
import org.evsettle.settlement.persistence.VersionedRowEntity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A file whose ingest was killed after some of its chunks were stored is finished by the next
 * ingest: the rows already stored are counted once and not stored again, the rest are stored, and
 * the receipt counts every row exactly once.
 */
class InterruptedIngestTest extends IngestTestSupport {

  private static final String HEADER = "session_id,charger_id,started_at,ended_at,energy_kwh";
  private static final String DAY = ",INT-C1,2026-10-01T10:00:00+08:00,2026-10-01T11:00:00+08:00,";

  @Autowired JdbcTemplate jdbc;
  @Autowired InboxLayout layout;
  @Autowired IdTagPseudonymizer pseudonymizer;
  @Autowired ChargingSessionRepository sessions;

  @Test
  void theNextIngestFinishesAFileLeftInProgressAndCountsEveryRowOnce() {
    home.drop(
        "operators/INT", "chargers.csv", chargersCsv("INT-C1,INT,INT-S,UT1,,PUBLIC,22,false"));
    home.drop(
        "operators/INT", "sessions-before.csv", csv(HEADER, "S1" + DAY + "5", "S2" + DAY + "3"));
    ingest();

    Path day =
        home.drop(
            "operators/INT",
            "sessions-day.csv",
            csv(
                HEADER,
                // first chunk of four rows, stored before the process dies
                "S1" + DAY + "5", // line 2: duplicate of the stored S1
                "S3" + DAY + "2", // line 3: accepted
                "S2" + DAY + "4", // line 4: corrects S2
                "S4" + DAY + "-1", // line 5: rejected, negative energy
                // second chunk, never stored by the killed process
                "S5" + DAY + "1", // line 6: accepted
                "S1" + DAY + "5", // line 7: duplicate
                "S6" + DAY + "-2", // line 8: rejected
                "S2" + DAY + "4.5")); // line 9: corrects S2 again
    layout.loadProfiles();
    var killed = new FileIngestor(new DyingStore(jdbc), pseudonymizer, null, 4);
    IngestStore store = new IngestStore(jdbc);
    var pass =
        new IngestPass(
            clock, false, new ChargerRegistry(store.latestChargers(), store.latestSites()));
    assertThatThrownBy(() -> killed.ingest(layout.classify(day), pass))
        .isInstanceOf(DyingStore.KilledProcess.class);
    assertThat(statusesOf("sessions-day.csv")).containsExactly("IN_PROGRESS");

    ingest();

    JsonNode receipt = home.receipt("operators/INT", "sessions-day.csv");
    // accepted S3, S5; corrected S2 twice; duplicates lines 2, 7; rejected lines 5, 8
    assertThat(counts(receipt)).containsExactly(2L, 2L, 2L, 2L);
    assertThat(rejections(receipt))
        .containsExactly("5 energy_kwh NEGATIVE_ENERGY", "8 energy_kwh NEGATIVE_ENERGY");
    assertThat(statusesOf("sessions-day.csv")).containsExactly("PROCESSED");
    assertThat(energies("S2")).containsExactly("3.000000", "4.000000", "4.500000");
    assertThat(sessions.findByPartyIdAndRecordIdOrderByVersion("INT", "S3"))
        .extracting(VersionedRowEntity::getLineNo)
        .containsExactly(3L);
    assertThat(sessions.findByPartyIdAndRecordIdOrderByVersion("INT", "S5"))
        .extracting(VersionedRowEntity::getLineNo)
        .containsExactly(6L);
    assertThat(day).doesNotExist();
  }

  private List<String> statusesOf(String file) {
    return jdbc.queryForList(
        "select status from ingested_file where party_id = 'INT' and file_name = ? order by id",
        String.class,
        file);
  }

  private List<String> energies(String sessionId) {
    return sessions.findByPartyIdAndRecordIdOrderByVersion("INT", sessionId).stream()
        .map(ChargingSessionEntity::getEnergyKwh)
        .map(e -> e.setScale(6).toPlainString())
        .toList();
  }
}
