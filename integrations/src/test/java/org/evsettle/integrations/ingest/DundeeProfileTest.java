package org.evsettle.integrations.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The real ChargePlace Scotland export of Dundee City Council (67,112 sessions, OGL v3.0) read
 * through the shipped import profiles. Every row is accepted or rejected with a reason; the
 * expected numbers were worked out independently of this code by {@code src/test/python/
 * dundee_expected_counts.py} (standard-library Python over the raw files; run it to reproduce).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DundeeProfileTest extends IngestTestSupport {

  private static final String SENDER = "operators/DUNDEE-CC";
  private static final List<String> FILES =
      List.of(
          "cp-locations.csv",
          "charge-sessions-june-sept.csv",
          "cp-data-dec-mar-2018.csv",
          "cp-data-mar-may-2018.csv",
          "cpdata.csv");

  @BeforeAll
  void ingestAllFiveFiles() throws IOException {
    for (String file : FILES) {
      try (InputStream in = getClass().getResourceAsStream("/dundee/" + file)) {
        home.dropBytes(SENDER, file, in.readAllBytes());
      }
    }
    ingest();
  }

  @Test
  void theChargerListBuildsTheRegistry() {
    JsonNode receipt = home.receipt(SENDER, "cp-locations.csv");
    assertThat(receipt.get("profile").asText()).isEqualTo("chargeplace-scotland-chargers");
    // 82 rows: four without a CP ID, one without a Location, line 58 repeats line 55
    assertThat(counts(receipt)).containsExactly(76L, 0L, 1L, 5L);
    assertThat(rejections(receipt))
        .containsExactly(
            "31 charger_id MISSING_FIELD",
            "69 charger_id MISSING_FIELD",
            "74 charger_id MISSING_FIELD",
            "81 site_id MISSING_FIELD",
            "83 charger_id MISSING_FIELD");
  }

  @Test
  void juneToSeptember() {
    JsonNode receipt = home.receipt(SENDER, "charge-sessions-june-sept.csv");
    assertThat(counts(receipt)).containsExactly(7538L, 0L, 0L, 11689L);
    assertThat(reasons(receipt))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "MISSING_FIELD", 72L,
                "END_NOT_AFTER_START", 129L,
                "NEGATIVE_ENERGY", 8L,
                "TOO_LONG", 130L,
                "UNKNOWN_CHARGER", 10834L,
                "ENERGY_ABOVE_RATED", 516L));
    assertThat(firstLine(receipt, "UNKNOWN_CHARGER")).isEqualTo(2);
    assertThat(firstLine(receipt, "ENERGY_ABOVE_RATED")).isEqualTo(3);
    assertThat(firstLine(receipt, "END_NOT_AFTER_START")).isEqualTo(37);
    assertThat(firstLine(receipt, "MISSING_FIELD")).isEqualTo(79);
    assertThat(firstLine(receipt, "TOO_LONG")).isEqualTo(1522);
    assertThat(firstLine(receipt, "NEGATIVE_ENERGY")).isEqualTo(1618);
  }

  @Test
  void decemberToMarch() {
    JsonNode receipt = home.receipt(SENDER, "cp-data-dec-mar-2018.csv");
    assertThat(counts(receipt)).containsExactly(12944L, 0L, 0L, 2666L);
    assertThat(reasons(receipt))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "MISSING_FIELD", 61L,
                "END_NOT_AFTER_START", 212L,
                "NEGATIVE_ENERGY", 7L,
                "TOO_LONG", 170L,
                "UNKNOWN_CHARGER", 921L,
                "ENERGY_ABOVE_RATED", 1295L));
    assertThat(firstLine(receipt, "MISSING_FIELD")).isEqualTo(34);
    assertThat(firstLine(receipt, "TOO_LONG")).isEqualTo(91);
  }

  @Test
  void marchToMay() {
    JsonNode receipt = home.receipt(SENDER, "cp-data-mar-may-2018.csv");
    assertThat(counts(receipt)).containsExactly(10367L, 0L, 0L, 6406L);
    assertThat(reasons(receipt))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "MISSING_FIELD", 114L,
                "END_NOT_AFTER_START", 106L,
                "NEGATIVE_ENERGY", 12L,
                "TOO_LONG", 94L,
                "UNKNOWN_CHARGER", 5199L,
                "ENERGY_ABOVE_RATED", 881L));
    // exactly at the limits, so accepted: 0.49 kWh in 4 min at 7 kW (= 7 x 4/60 x 1.05); 72 h
    assertThat(rejectedLines(receipt)).doesNotContain(6286L, 10115L);
  }

  @Test
  void decemberTwentySeventeen() {
    JsonNode receipt = home.receipt(SENDER, "cpdata.csv");
    assertThat(counts(receipt)).containsExactly(13626L, 0L, 0L, 1876L);
    assertThat(reasons(receipt))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "MISSING_FIELD", 82L,
                "END_NOT_AFTER_START", 233L,
                "NEGATIVE_ENERGY", 2L,
                "TOO_LONG", 97L,
                "UNKNOWN_CHARGER", 623L,
                "ENERGY_ABOVE_RATED", 839L));
    // 4.9 kWh in 40 min at 7 kW is exactly the limit
    assertThat(rejectedLines(receipt)).doesNotContain(3313L);
    // the repeated hour of 29 Oct 2017 is read as BST, so 01:55 -> 01:20 ends before it starts
    assertThat(rejections(receipt)).contains("5948 ended_at END_NOT_AFTER_START");
  }

  @Test
  void allSessionFilesTogether() {
    long accepted = 0;
    long rejected = 0;
    for (String file : FILES.subList(1, FILES.size())) {
      JsonNode receipt = home.receipt(SENDER, file);
      accepted += receipt.get("accepted").asLong();
      rejected += receipt.get("rejected").asLong();
      assertThat(receipt.get("profile").asText()).isEqualTo("chargeplace-scotland-sessions");
    }
    assertThat(accepted).isEqualTo(44475);
    assertThat(rejected).isEqualTo(22637);
    assertThat(accepted + rejected).isEqualTo(67112);
  }

  private static Map<String, Long> reasons(JsonNode receipt) {
    Map<String, Long> byCode = new TreeMap<>();
    receipt.get("rejections").forEach(r -> byCode.merge(r.get("code").asText(), 1L, Long::sum));
    return byCode;
  }

  private static long firstLine(JsonNode receipt, String code) {
    for (JsonNode r : receipt.get("rejections")) {
      if (r.get("code").asText().equals(code)) {
        return r.get("line").asLong();
      }
    }
    return -1;
  }

  private static List<Long> rejectedLines(JsonNode receipt) {
    return receipt.get("rejections").findValues("line").stream().map(JsonNode::asLong).toList();
  }
}
