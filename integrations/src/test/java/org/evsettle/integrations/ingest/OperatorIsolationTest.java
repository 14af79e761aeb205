package org.evsettle.integrations.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evsettle.integrations.TestHome.csv;

import org.evsettle.settlement.persistence.ChargerRepository;
import org.evsettle.settlement.persistence.ChargingSessionRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The party folder is the sender; nobody can send records for another operator's chargers. */
class OperatorIsolationTest extends IngestTestSupport {

  @Autowired ChargerRepository chargers;
  @Autowired ChargingSessionRepository sessions;

  @Test
  void rowsForAnotherOperatorAreRejectedAndNotStored() {
    home.drop(
        "operators/ISO-A", "chargers.csv", chargersCsv("ISO-A1,ISO-A,ISO-SA,UT1,,PUBLIC,22,false"));
    home.drop(
        "operators/ISO-B",
        "chargers.csv",
        chargersCsv(
            "ISO-B1,ISO-B,ISO-SB,UT1,,PUBLIC,22,false",
            "ISO-X1,ISO-A,ISO-SB,UT1,,PUBLIC,22,false",
            "ISO-A1,ISO-B,ISO-SB,UT1,,PUBLIC,50,false"));
    home.drop(
        "operators/ISO-B",
        "sessions.csv",
        csv(
            "session_id,charger_id,started_at,ended_at,energy_kwh",
            "B-1,ISO-B1,2026-10-01T10:00:00+08:00,2026-10-01T11:00:00+08:00,1",
            "B-2,ISO-A1,2026-10-01T10:00:00+08:00,2026-10-01T11:00:00+08:00,1"));

    ingest();

    var bChargers = home.receipt("operators/ISO-B", "chargers.csv");
    assertThat(counts(bChargers)).containsExactly(1L, 0L, 0L, 2L);
    assertThat(rejections(bChargers))
        .containsExactly("3 operator_id OTHER_PARTY", "4 charger_id OTHER_PARTY");
    assertThat(bChargers.get("rejections").get(0).get("reason").asText())
        .isEqualTo("charger ISO-X1 names operator ISO-A, but operator ISO-B sent it");
    var bSessions = home.receipt("operators/ISO-B", "sessions.csv");
    assertThat(rejections(bSessions)).containsExactly("3 charger_id OTHER_PARTY");

    assertThat(chargers.findByPartyIdAndRecordIdOrderByVersion("ISO-B", "ISO-X1")).isEmpty();
    assertThat(chargers.findByPartyIdAndRecordIdOrderByVersion("ISO-B", "ISO-A1")).isEmpty();
    assertThat(chargers.findByPartyIdAndRecordIdOrderByVersion("ISO-A", "ISO-A1")).hasSize(1);
    assertThat(sessions.findByPartyIdAndRecordIdOrderByVersion("ISO-B", "B-2")).isEmpty();
  }
}
