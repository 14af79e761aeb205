package org.evsettle.integrations.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evsettle.integrations.TestHome.csv;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * An import profile whose id template gives two different rows of one file the same id: the second
 * is rejected as a conflict, not stored as a correction of the first. Identical rows stay
 * duplicates, and a later file with new content for the id is a correction.
 */
class IdTemplateConflictTest extends IngestTestSupport {

  private static final String BAY_EXPORT =
      """
      name: bay-export
      record_type: sessions
      files: ["bay-export-*.csv"]
      zone: Europe/London
      fields:
        session_id: { template: "{Bay}-{Start}" }
        charger_id: { column: Bay }
        started_at: { column: Start, format: "uuuu-MM-dd HH:mm" }
        ended_at: { column: End, format: "uuuu-MM-dd HH:mm" }
        energy_kwh: { column: kWh }
      """;

  private static final String HEADER = "Bay,Connector,Start,End,kWh";

  @Test
  void twoRowsOfOneFileWithTheSameTemplateIdConflict() {
    installProfile("bay-export.yaml", BAY_EXPORT);
    home.drop(
        "operators/CFT", "chargers.csv", chargersCsv("CFT-C1,CFT,CFT-S,UT1,,PUBLIC,22,false"));
    home.drop(
        "operators/CFT",
        "bay-export-october.csv",
        csv(
            HEADER,
            "CFT-C1,1,2026-10-01 10:00,2026-10-01 11:00,5", // line 2
            "CFT-C1,2,2026-10-01 10:00,2026-10-01 10:40,3", // line 3: the other connector
            "CFT-C1,1,2026-10-01 10:00,2026-10-01 11:00,5", // line 4: line 2 sent twice
            "CFT-C1,1,2026-10-02 10:00,2026-10-02 11:00,4")); // line 5
    ingest();

    JsonNode october = home.receipt("operators/CFT", "bay-export-october.csv");
    assertThat(counts(october)).containsExactly(2L, 0L, 1L, 1L);
    assertThat(rejections(october)).containsExactly("3 session_id ID_CONFLICT");
    assertThat(firstReason(october))
        .isEqualTo(
            "id template '{Bay}-{Start}' gives the same id 'CFT-C1-2026-10-01 10:00' as line 2,"
                + " whose content differs");

    // a later file with new content for the id corrects it, as for any record
    home.drop(
        "operators/CFT",
        "bay-export-october-fixed.csv",
        csv(HEADER, "CFT-C1,1,2026-10-01 10:00,2026-10-01 11:00,5.5"));
    ingest();
    assertThat(counts(home.receipt("operators/CFT", "bay-export-october-fixed.csv")))
        .containsExactly(0L, 1L, 0L, 0L);
  }
}
