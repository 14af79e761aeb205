package org.evsettle.integrations.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evsettle.integrations.TestHome.csv;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A foreign export with a zone abbreviation beside each local time: the row's zone is honoured, and
 * a row with an unknown zone is rejected with its line and reason like any other bad row.
 */
class ZoneColumnIngestTest extends IngestTestSupport {

  private static final String MOUNTAIN_EXPORT =
      """
      name: mountain-export
      record_type: sessions
      files: ["mountain-*.csv"]
      zone: America/Denver
      zone_column: TZ
      zone_names: { MST: "-07:00", MDT: "-06:00" }
      fields:
        session_id: { column: Id }
        charger_id: { column: Bay }
        started_at: { column: Start, format: "uuuu-MM-dd HH:mm" }
        ended_at: { column: End, format: "uuuu-MM-dd HH:mm" }
        energy_kwh: { column: kWh }
      """;

  @Autowired JdbcTemplate jdbc;

  @Test
  void eachRowIsPlacedInItsOwnZone() {
    installProfile("mountain-export.yaml", MOUNTAIN_EXPORT);
    home.drop(
        "operators/MTN", "chargers.csv", chargersCsv("MTN-C1,MTN,MTN-S,UT1,,PUBLIC,22,false"));
    home.drop(
        "operators/MTN",
        "mountain-october.csv",
        csv(
            "Id,Bay,Start,End,kWh,TZ",
            // 01:30 to 01:50 happened twice on 2 November 2025 in Denver: in MDT, then in MST
            "M1,MTN-C1,2025-11-02 01:30,2025-11-02 01:50,2,MDT",
            "M2,MTN-C1,2025-11-02 01:30,2025-11-02 01:50,2,MST",
            "M3,MTN-C1,2025-11-02 01:30,2025-11-02 01:50,2,XST"));
    ingest();

    JsonNode receipt = home.receipt("operators/MTN", "mountain-october.csv");
    assertThat(counts(receipt)).containsExactly(2L, 0L, 0L, 1L);
    assertThat(rejections(receipt)).containsExactly("4 started_at UNPARSABLE");
    assertThat(firstReason(receipt))
        .isEqualTo(
            "the zone 'XST' of column TZ is unknown: expected one of [MDT, MST], an offset like"
                + " -07:00 or a zone like America/Denver");
    assertThat(startOf("M1")).isEqualTo(Instant.parse("2025-11-02T07:30:00Z"));
    assertThat(startOf("M2")).isEqualTo(Instant.parse("2025-11-02T08:30:00Z"));
  }

  private Instant startOf(String sessionId) {
    return jdbc.queryForObject(
            "select started_at from charging_session where party_id = 'MTN' and record_id = ?",
            OffsetDateTime.class,
            sessionId)
        .toInstant();
  }
}
