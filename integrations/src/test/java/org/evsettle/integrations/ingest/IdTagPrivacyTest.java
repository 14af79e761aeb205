package org.evsettle.integrations.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evsettle.integrations.TestHome.csv;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.evsettle.settlement.persistence.ChargingSessionRepository;
import org.evsettle.settlement.persistence.QuarantinedRowRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A user's card id never reaches the database, receipts or logs in clear. */
class IdTagPrivacyTest extends IngestTestSupport {

  private static final String CARD = "CARD-0042-CLEAR";

  @Autowired ChargingSessionRepository sessions;
  @Autowired QuarantinedRowRepository quarantine;
  @Autowired IdTagPseudonymizer pseudonymizer;
  @Autowired JdbcTemplate jdbc;

  @Test
  void idTagsAreStoredOnlyAsKeyedPseudonyms() throws Exception {
    home.drop(
        "operators/PRIV", "chargers.csv", chargersCsv("PRIV-C1,PRIV,PRIV-S,UT1,,PUBLIC,22,false"));
    home.drop(
        "operators/PRIV",
        "sessions.csv",
        csv(
            "session_id,charger_id,started_at,ended_at,energy_kwh,id_tag",
            "P1,PRIV-C1,2026-10-01T10:00:00+08:00,2026-10-01T11:00:00+08:00,3," + CARD,
            "P2,PRIV-C1,2026-10-02T10:00:00+08:00,2026-10-02T11:00:00+08:00,4," + CARD,
            "P3,PRIV-C1,2026-10-02T10:00:00+08:00,2026-10-02T11:00:00+08:00,-4," + CARD));
    ingest();

    String p1 =
        sessions.findByPartyIdAndRecordIdOrderByVersion("PRIV", "P1").get(0).getIdTagPseudonym();
    String p2 =
        sessions.findByPartyIdAndRecordIdOrderByVersion("PRIV", "P2").get(0).getIdTagPseudonym();
    assertThat(p1)
        .isEqualTo(p2)
        .isEqualTo(pseudonymizer.pseudonym(CARD))
        .hasSize(64)
        .doesNotContain(CARD);
    assertThat(new IdTagPseudonymizer(new byte[32]).pseudonym(CARD)).isNotEqualTo(p1);

    assertThat(home.receipt("operators/PRIV", "sessions.csv").get("rejected").asLong())
        .isEqualTo(1);
    assertThat(quarantine.findAll()).anySatisfy(q -> assertThat(q.getRawRow()).contains(p1));
    assertThat(quarantine.findAll())
        .allSatisfy(q -> assertThat(q.getRawRow()).doesNotContain(CARD));

    // nowhere in the home folder (database, receipts, inbox) is the clear value left
    jdbc.execute("checkpoint sync");
    try (Stream<Path> files = Files.walk(HOME)) {
      List<Path> all = files.filter(Files::isRegularFile).toList();
      assertThat(all).isNotEmpty();
      for (Path file : all) {
        assertThat(
                new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1))
            .as(file.toString())
            .doesNotContain(CARD);
      }
    }
  }
}
