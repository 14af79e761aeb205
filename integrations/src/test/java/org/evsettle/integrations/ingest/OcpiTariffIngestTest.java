package org.evsettle.integrations.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evsettle.integrations.ingest.OcpiObjects.array;
import static org.evsettle.integrations.ingest.OcpiObjects.lines;
import static org.evsettle.integrations.ingest.OcpiObjects.tariff;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.evsettle.settlement.persistence.OcpiStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Operators' OCPI 2.2.1 tariffs ({@code tariffs*.json}): versioned, kept as sent. */
class OcpiTariffIngestTest extends IngestTestSupport {

  @Autowired OcpiStore ocpi;
  @Autowired JdbcTemplate jdbc;

  @Test
  void tariffsAreValidatedVersionedAndReadBackAsTheyStoodAtATime() {
    home.drop(
        "operators/OTA",
        "tariffs.json",
        array(
            List.of(
                tariff("T1"),
                tariff("T2").without("currency"),
                tariff("T3").with("elements", List.of()),
                tariff("T4").with("elements[0].price_components", List.of()),
                tariff("T5").without("elements[1].price_components[0].step_size"),
                tariff("T6").with("elements[0].price_components[0].type", "KWH"),
                tariff("T7").without("last_updated"),
                tariff("T8").without("country_code"),
                tariff("T9").without("party_id"),
                tariff("T10").with("last_updated", "2026-10-10T00:00:00Z"))));
    ingest();

    JsonNode receipt = home.receipt("operators/OTA", "tariffs.json");
    assertThat(receipt.get("record_type").asText()).isEqualTo("tariffs");
    assertThat(counts(receipt)).containsExactly(2L, 0L, 0L, 8L);
    assertThat(rejections(receipt))
        .containsExactly(
            "2 currency MISSING_FIELD",
            "3 elements MISSING_FIELD",
            "4 elements[0].price_components MISSING_FIELD",
            "5 elements[1].price_components[0].step_size MISSING_FIELD",
            "6 elements[0].price_components[0].type UNPARSABLE",
            "7 last_updated MISSING_FIELD",
            "8 country_code MISSING_FIELD",
            "9 party_id MISSING_FIELD");
    assertThat(firstReason(receipt))
        .isEqualTo(
            "tariff at element 2 of the array (line 3) (id 'T2'): required field currency is empty"
                + " or missing");

    // a day later: T1 again (a duplicate), then with a new price from 2026-10-15 (a correction)
    home.drop(
        "operators/OTA",
        "tariffs-2.json",
        lines(
            List.of(
                tariff("T1"),
                tariff("T1")
                    .with("elements[0].price_components[0].price", new BigDecimal("0.60"))
                    .with("last_updated", "2026-10-15T00:00:00Z"))));
    sweep.runOnce(Clock.fixed(Instant.parse("2026-11-02T00:00:00Z"), ZoneOffset.UTC), false);
    assertThat(counts(home.receipt("operators/OTA", "tariffs-2.json")))
        .containsExactly(0L, 1L, 1L, 0L);
    assertThat(
            jdbc.queryForList(
                "select version from ocpi_tariff where party_id = 'OTA' and record_id = 'T1'"
                    + " order by version",
                Integer.class))
        .containsExactly(1, 2);

    // T1 last updated 2026-09-01 (price 0.545), then 2026-10-15 (0.6); T10 from 2026-10-10
    var early = ocpi.tariffsAt("OTA", Instant.parse("2026-10-01T00:00:00Z"));
    assertThat(early.keySet()).containsExactly("T1");
    assertThat(early.get("T1")).contains("\"price\":0.545,");
    var late = ocpi.tariffsAt("OTA", Instant.parse("2026-10-20T00:00:00Z"));
    assertThat(late.keySet()).containsExactly("T1", "T10");
    assertThat(late.get("T1")).contains("\"price\":0.6,").doesNotContain("0.545");
    assertThat(ocpi.tariffsAt("OTA", Instant.parse("2026-08-31T23:59:59Z"))).isEmpty();
  }

  @Test
  void aTariffsFileWrittenAsCsvIsNotATariffsFile() {
    home.drop("operators/OTB", "tariffs.csv", "id,currency\nT1,CNY\n");
    ingest();

    JsonNode receipt = home.receipt("operators/OTB", "tariffs.csv");
    assertThat(receipt.get("status").asText()).isEqualTo("QUARANTINED");
    assertThat(receipt.get("reason").asText())
        .startsWith("the file name does not say what it holds")
        .contains("cdrs*.json, tariffs*.json");
  }

  @Test
  void aFileThatIsNeitherAnArrayNorObjectsPerLineIsQuarantinedWhole() {
    home.drop("operators/OTC", "tariffs-text.json", "tariffs follow\n");
    home.drop("operators/OTC", "tariffs-empty.json", "  \n");
    ingest();

    assertThat(home.receipt("operators/OTC", "tariffs-text.json").get("reason").asText())
        .isEqualTo(
            "the file is neither a JSON array of OCPI objects nor one object per line (NDJSON):"
                + " it starts with 't'");
    assertThat(home.receipt("operators/OTC", "tariffs-empty.json").get("reason").asText())
        .isEqualTo("the file is empty: it holds no JSON");
  }
}
