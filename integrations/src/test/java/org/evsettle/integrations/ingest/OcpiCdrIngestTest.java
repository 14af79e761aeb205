package org.evsettle.integrations.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evsettle.integrations.ingest.OcpiObjects.array;
import static org.evsettle.integrations.ingest.OcpiObjects.cdr;
import static org.evsettle.integrations.ingest.OcpiObjects.lines;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.evsettle.settlement.persistence.ChargingSessionEntity;
import org.evsettle.settlement.persistence.ChargingSessionRepository;
import org.evsettle.settlement.persistence.OcpiStore;
import org.evsettle.settlement.persistence.OcpiStore.SessionVersion;
import org.evsettle.settlement.persistence.VersionedRowEntity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Operators' OCPI 2.2.1 CDRs ({@code cdrs*.json}) become sessions like CSV rows, each session
 * version keeping its CDR; bad CDRs are quarantined with field, position and id.
 */
class OcpiCdrIngestTest extends IngestTestSupport {

  @Autowired ChargingSessionRepository sessions;
  @Autowired OcpiStore ocpi;
  @Autowired IdTagPseudonymizer pseudonymizer;
  @Autowired JdbcTemplate jdbc;

  private void register(String operator, String... chargers) {
    String[] rows = new String[chargers.length];
    for (int i = 0; i < chargers.length; i++) {
      rows[i] = chargers[i] + "," + operator + "," + operator + "-S,UT1,,PUBLIC,60,false";
    }
    home.drop("operators/" + operator, "chargers.csv", chargersCsv(rows));
  }

  @Test
  void aJsonArrayAndOneCdrPerLineAreBothReadAsSessions() {
    register("OCA", "OCA-C1");
    home.drop(
        "operators/OCA",
        "cdrs-array.json",
        array(List.of(cdr("A1", "OCA-C1"), cdr("A2", "OCA-C1").with("total_energy", 7))));
    home.drop(
        "operators/OCA",
        "cdrs-lines.json",
        lines(List.of(cdr("L1", "OCA-C1"), cdr("L2", "OCA-C1"), cdr("L3", "OCA-C1"))));
    ingest();

    assertThat(counts(home.receipt("operators/OCA", "cdrs-array.json")))
        .containsExactly(2L, 0L, 0L, 0L);
    assertThat(counts(home.receipt("operators/OCA", "cdrs-lines.json")))
        .containsExactly(3L, 0L, 0L, 0L);
    ChargingSessionEntity a2 = sessions.findByPartyIdAndRecordIdOrderByVersion("OCA", "A2").get(0);
    assertThat(a2.getChargerId()).isEqualTo("OCA-C1");
    // start_date_time 2026-10-01T14:30:00Z, end_date_time 15:30Z, total_energy 7
    assertThat(a2.getStartedAt()).isEqualTo(Instant.parse("2026-10-01T14:30:00Z"));
    assertThat(a2.getEndedAt()).isEqualTo(Instant.parse("2026-10-01T15:30:00Z"));
    assertThat(a2.getEnergyKwh()).isEqualByComparingTo("7");
    assertThat(a2.getStatus()).isEqualTo("ACTIVE");
    // array elements are numbered from 1, lines by their line
    assertThat(a2.getLineNo()).isEqualTo(2);
    assertThat(sessions.findByPartyIdAndRecordIdOrderByVersion("OCA", "L3").get(0).getLineNo())
        .isEqualTo(3);
    assertThat(home.inboxIsEmpty()).isTrue();
  }

  @Test
  void theCardIsPseudonymisedAsAnIdTagAndNeverStoredInClear() {
    register("OCP", "OCP-C1");
    home.drop(
        "operators/OCP",
        "cdrs.json",
        array(
            List.of(
                cdr("P1", "OCP-C1"),
                cdr("P2", "OCP-C1").without("total_time"),
                // a card number as a JSON number is rejected, and kept pseudonymised all the same
                cdr("P3", "OCP-C1").with("cdr_token.uid", new BigDecimal("4711000123")))));
    ingest();

    String pseudonym = pseudonymizer.pseudonym("CARD-0001");
    var p1 = sessions.findByPartyIdAndRecordIdOrderByVersion("OCP", "P1").get(0);
    assertThat(p1.getIdTagPseudonym()).isEqualTo(pseudonym);
    String kept = ocpi.cdrs("OCP", Set.of(new SessionVersion("P1", 1))).values().iterator().next();
    assertThat(kept)
        .contains("\"uid\":\"" + pseudonym + "\"")
        .contains("\"contract_id\":\"" + pseudonymizer.pseudonym("CN-OCP-C00001-7") + "\"");
    // neither the stored CDR nor the quarantined one holds the card or the contract in clear
    for (String table : List.of("session_cdr", "quarantined_row")) {
      String column = table.equals("session_cdr") ? "cdr_json" : "raw_row";
      assertThat(
              jdbc.queryForObject(
                  "select count(*) from "
                      + table
                      + " where "
                      + column
                      + " like '%CARD-0001%'"
                      + " or "
                      + column
                      + " like '%C00001%'",
                  Long.class))
          .isZero();
    }
    assertThat(counts(home.receipt("operators/OCP", "cdrs.json"))).containsExactly(1L, 0L, 0L, 2L);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from quarantined_row where raw_row like '%4711000123%'",
                Long.class))
        .isZero();
  }

  @Test
  void everyMissingRequiredFieldIsQuarantinedWithItsNamePositionAndId() {
    register("OCM", "OCM-C1");
    List<String> required =
        List.of(
            "country_code",
            "party_id",
            "start_date_time",
            "end_date_time",
            "cdr_token",
            "cdr_token.uid",
            "cdr_token.type",
            "cdr_token.contract_id",
            "auth_method",
            "cdr_location",
            "cdr_location.id",
            "cdr_location.address",
            "cdr_location.city",
            "cdr_location.country",
            "cdr_location.coordinates",
            "cdr_location.evse_uid",
            "cdr_location.evse_id",
            "cdr_location.connector_id",
            "cdr_location.connector_standard",
            "cdr_location.connector_format",
            "cdr_location.connector_power_type",
            "currency",
            "charging_periods",
            "charging_periods[0].start_date_time",
            "charging_periods[0].dimensions",
            "total_cost",
            "total_cost.excl_vat",
            "total_energy",
            "total_time",
            "last_updated");
    List<OcpiObjects> cdrs = new java.util.ArrayList<>();
    cdrs.add(cdr("GOOD", "OCM-C1"));
    for (int i = 0; i < required.size(); i++) {
      cdrs.add(cdr("M" + i, "OCM-C1").without(required.get(i)));
    }
    // present but empty: an array without elements, and the id itself
    cdrs.add(cdr("E1", "OCM-C1").with("charging_periods", List.of()));
    cdrs.add(cdr("E2", "OCM-C1").without("id"));
    home.drop("operators/OCM", "cdrs-missing.json", array(cdrs));
    ingest();

    JsonNode receipt = home.receipt("operators/OCM", "cdrs-missing.json");
    // 1 good CDR; every other one rejected, each counted once
    assertThat(counts(receipt)).containsExactly(1L, 0L, 0L, (long) required.size() + 2);
    List<String> expected = new java.util.ArrayList<>();
    for (int i = 0; i < required.size(); i++) {
      // element 1 is the good CDR: the one missing required[i] is element i + 2
      expected.add((i + 2) + " " + required.get(i) + " MISSING_FIELD");
    }
    expected.add((required.size() + 2) + " charging_periods MISSING_FIELD");
    expected.add((required.size() + 3) + " id MISSING_FIELD");
    assertThat(rejections(receipt)).containsExactlyElementsOf(expected);
    assertThat(receipt.get("rejections").get(5).get("reason").asText())
        .isEqualTo(
            "CDR at element 7 of the array (line 8) (id 'M5'):"
                + " required field cdr_token.uid is empty or missing");
    assertThat(receipt.get("rejections").get(required.size() + 1).get("reason").asText())
        .isEqualTo(
            "CDR at element "
                + (required.size() + 3)
                + " of the array (line "
                + (required.size() + 4)
                + ") (no id): required field id is empty or missing");
  }

  @Test
  void wrongTypesAndFormatsAreQuarantinedWithTheField() {
    register("OCT", "OCT-C1");
    home.drop(
        "operators/OCT",
        "cdrs-types.json",
        lines(
            List.of(
                cdr("T1", "OCT-C1").with("start_date_time", "2026-10-01 14:30"),
                cdr("T2", "OCT-C1").with("auth_method", "PIN"),
                cdr("T3", "OCT-C1").with("cdr_location.connector_standard", "SCHUKO"),
                cdr("T4", "OCT-C1").with("total_energy", "10"),
                cdr("T5", "OCT-C1").with("currency", "XYZ"),
                cdr("T6", "OCT-C1").with("party_id", "TOOLONG"),
                cdr("T7", "OCT-C1").with("start_date_time", "2026-10-01T22:30:00+08:00"),
                cdr("T8", "OCT-C1").with("charging_periods[0].dimensions[0].type", "KWH"),
                cdr("T9", "OCT-C1").with("cdr_location.coordinates.latitude", "north"),
                // optional parts, checked when present
                cdr("T10", "OCT-C1").without("tariffs[0].elements"),
                cdr("T11", "OCT-C1")
                    .with(
                        "signed_data",
                        Map.of("encoding_method", "OCMF", "signed_values", List.of())),
                cdr("T12", "OCT-C1").with("credit", true))));
    ingest();

    JsonNode receipt = home.receipt("operators/OCT", "cdrs-types.json");
    assertThat(counts(receipt)).containsExactly(0L, 0L, 0L, 12L);
    assertThat(rejections(receipt))
        .containsExactly(
            "1 start_date_time UNPARSABLE",
            "2 auth_method UNPARSABLE",
            "3 cdr_location.connector_standard UNPARSABLE",
            "4 total_energy UNPARSABLE",
            "5 currency UNPARSABLE",
            "6 party_id OUT_OF_RANGE",
            // OCPI timestamps are UTC
            "7 start_date_time UNPARSABLE",
            "8 charging_periods[0].dimensions[0].type UNPARSABLE",
            "9 cdr_location.coordinates.latitude UNPARSABLE",
            "10 tariffs[0].elements MISSING_FIELD",
            "11 signed_data.signed_values MISSING_FIELD",
            // a credit CDR must say which CDR it credits
            "12 credit_reference_id MISSING_FIELD");
    assertThat(receipt.get("rejections").get(3).get("reason").asText())
        .isEqualTo("CDR at line 4 (id 'T4'): total_energy is string, expected a number");
  }

  @Test
  void malformedJsonInAnArrayQuarantinesTheRestWithTheParsersLocation() {
    register("OCJ", "OCJ-C1");
    String good = cdr("J1", "OCJ-C1").line();
    String broken = cdr("J2", "OCJ-C1").line().replace("\"auth_method\":", "\"auth_method\"");
    String after = cdr("J3", "OCJ-C1").line();
    home.drop(
        "operators/OCJ",
        "cdrs-broken.json",
        "[\n" + good + ",\n" + broken + ",\n" + after + "\n]\n");
    ingest();

    JsonNode receipt = home.receipt("operators/OCJ", "cdrs-broken.json");
    // J1 stored; from J2 (element 2, line 3) on, nothing can be read: one rejected rest
    assertThat(counts(receipt)).containsExactly(1L, 0L, 0L, 1L);
    assertThat(rejections(receipt)).containsExactly("2 json UNPARSABLE");
    // the parser stops at the value after "auth_method": its 0-based index is the key's end
    int column = broken.indexOf("\"auth_method\"") + "\"auth_method\"".length() + 1;
    assertThat(firstReason(receipt))
        .startsWith("the rest of the file is not valid JSON at line 3, column " + column + " (")
        .endsWith("): nothing after it can be read");
    String rest =
        jdbc.queryForObject(
            "select q.raw_row from quarantined_row q join ingested_file f on f.id = q.file_id"
                + " where f.party_id = 'OCJ'",
            String.class);
    // the rest is kept from the broken element on, the card pseudonymised
    assertThat(rest)
        .startsWith("{\"country_code\"")
        .contains("\"id\":\"J3\"")
        .doesNotContain("CARD-0001");
    assertThat(sessions.findByPartyIdAndRecordIdOrderByVersion("OCJ", "J1")).hasSize(1);
  }

  @Test
  void aMalformedLineOfNdjsonIsQuarantinedAloneAndTheLinesAfterItGoIn() {
    register("OCN", "OCN-C1");
    home.drop(
        "operators/OCN",
        "cdrs-lines.json",
        cdr("N1", "OCN-C1").line()
            + "\n{\"id\": \"N2\", oops}\n\n"
            + cdr("N3", "OCN-C1").line()
            + "\n[1, 2]\n");
    ingest();

    JsonNode receipt = home.receipt("operators/OCN", "cdrs-lines.json");
    assertThat(counts(receipt)).containsExactly(2L, 0L, 0L, 2L);
    assertThat(rejections(receipt)).containsExactly("2 json UNPARSABLE", "5 json UNPARSABLE");
    // {"id": "N2", oops}: the 'o' is the 14th character
    assertThat(firstReason(receipt)).startsWith("line 2 is not valid JSON at column 14 (");
    assertThat(receipt.get("rejections").get(1).get("reason").asText())
        .isEqualTo("line 5 is a JSON array, not an object");
  }

  @Test
  void aCdrAtAnUnknownEvseIsQuarantinedAndTheEvseIdIsTriedAfterTheUid() {
    register("OCE", "OCE-C1", "CN*OCE*E0002");
    home.drop(
        "operators/OCE",
        "cdrs.json",
        array(
            List.of(
                cdr("U1", "OCE-NOWHERE"),
                cdr("U2", "OCE-UNKNOWN-UID").with("cdr_location.evse_id", "CN*OCE*E0002"))));
    ingest();

    JsonNode receipt = home.receipt("operators/OCE", "cdrs.json");
    assertThat(counts(receipt)).containsExactly(1L, 0L, 0L, 1L);
    assertThat(rejections(receipt)).containsExactly("1 cdr_location.evse_uid UNKNOWN_CHARGER");
    assertThat(firstReason(receipt))
        .isEqualTo(
            "CDR at element 1 of the array (line 2) (id 'U1'): neither cdr_location.evse_uid"
                + " 'OCE-NOWHERE' nor evse_id 'CN*OCP*E0001' is a charger in the charger"
                + " registry");
    assertThat(sessions.findByPartyIdAndRecordIdOrderByVersion("OCE", "U2").get(0).getChargerId())
        .isEqualTo("CN*OCE*E0002");
  }

  @Test
  void aCdrBreakingASessionRuleIsQuarantinedUnderTheCdrsFieldName() {
    register("OCR", "OCR-C1");
    // 60 kW x 1 h x 1.05 = 63 kWh at most; 70 kWh is more
    home.drop(
        "operators/OCR", "cdrs.json", array(List.of(cdr("R1", "OCR-C1").with("total_energy", 70))));
    ingest();

    JsonNode receipt = home.receipt("operators/OCR", "cdrs.json");
    assertThat(rejections(receipt)).containsExactly("1 total_energy ENERGY_ABOVE_RATED");
    assertThat(firstReason(receipt))
        .startsWith("CDR at element 1 of the array (line 2) (id 'R1'): as a session, 70 kWh");
  }

  @Test
  void aCdrSentAgainIsADuplicateAndWithOtherContentACorrectionKeepingEachVersionsCdr() {
    register("OCV", "OCV-C1");
    home.drop("operators/OCV", "cdrs-1.json", array(List.of(cdr("V1", "OCV-C1"))));
    ingest();
    // the same CDR formatted otherwise (10.000 kWh written 10) is the same content
    home.drop(
        "operators/OCV",
        "cdrs-2.json",
        lines(
            List.of(
                cdr("V1", "OCV-C1").with("total_energy", 10),
                cdr("V1", "OCV-C1").with("total_cost.excl_vat", new BigDecimal("5.40")))));
    ingest();

    assertThat(counts(home.receipt("operators/OCV", "cdrs-2.json")))
        .containsExactly(0L, 1L, 1L, 0L);
    var versions = sessions.findByPartyIdAndRecordIdOrderByVersion("OCV", "V1");
    assertThat(versions).extracting(VersionedRowEntity::getVersion).containsExactly(1, 2);
    Map<SessionVersion, String> cdrs =
        ocpi.cdrs("OCV", Set.of(new SessionVersion("V1", 1), new SessionVersion("V1", 2)));
    assertThat(cdrs.get(new SessionVersion("V1", 1))).contains("\"excl_vat\":5.45,");
    assertThat(cdrs.get(new SessionVersion("V1", 2))).contains("\"excl_vat\":5.4,");
  }

  @Test
  void aCreditCdrVoidsTheSessionItCreditsAndOneCreditingNothingIsQuarantined() {
    register("OCC", "OCC-C1");
    home.drop("operators/OCC", "cdrs-1.json", array(List.of(cdr("C1", "OCC-C1"))));
    ingest();
    OcpiObjects credit =
        cdr("C1-CREDIT", "OCC-C1")
            .with("credit", true)
            .with("credit_reference_id", "C1")
            .with("total_cost.excl_vat", new BigDecimal("-5.45"));
    home.drop(
        "operators/OCC",
        "cdrs-2.json",
        array(
            List.of(
                credit,
                credit,
                cdr("C9-CREDIT", "OCC-C1").with("credit", true).with("credit_reference_id", "C9"),
                // a credit in the same file as the CDR it credits, after it
                cdr("C2", "OCC-C1"),
                cdr("C2-CREDIT", "OCC-C1")
                    .with("credit", true)
                    .with("credit_reference_id", "C2"))));
    ingest();

    JsonNode receipt = home.receipt("operators/OCC", "cdrs-2.json");
    // C1 voided (a correction), its credit repeated (a duplicate), C9 unknown (rejected),
    // C2 accepted and voided in the same file
    assertThat(counts(receipt)).containsExactly(1L, 2L, 1L, 1L);
    assertThat(rejections(receipt)).containsExactly("3 credit_reference_id UNKNOWN_REFERENCE");
    assertThat(firstReason(receipt))
        .isEqualTo(
            "CDR at element 3 of the array (line 4) (id 'C9-CREDIT'): credit_reference_id 'C9'"
                + " is no CDR OCC has sent: a credit CDR is taken only after the CDR it credits");
    var c1 = sessions.findByPartyIdAndRecordIdOrderByVersion("OCC", "C1");
    assertThat(c1).extracting(VersionedRowEntity::getStatus).containsExactly("ACTIVE", "VOID");
    assertThat(c1.get(1).getEnergyKwh()).isEqualByComparingTo("10");
    assertThat(ocpi.cdrs("OCC", Set.of(new SessionVersion("C1", 2))).values())
        .singleElement()
        .asString()
        .contains("\"id\":\"C1-CREDIT\"", "\"credit\":true");
    assertThat(sessions.findByPartyIdAndRecordIdOrderByVersion("OCC", "C2"))
        .extracting(VersionedRowEntity::getStatus)
        .containsExactly("ACTIVE", "VOID");
  }

  @Test
  void theOcmfTextOfTheEndValueBecomesTheSessionsSignedData() throws Exception {
    register("OCS", "OCS-C1");
    String start =
        "OCMF|{\"FV\":\"1.0\",\"RD\":[{\"TM\":\"2026-10-01T22:30:00,000+0800 S\",\"RV\":1000.0}]}|{\"SD\":\"3045\"}";
    String end =
        "OCMF|{\"FV\":\"1.0\",\"RD\":[{\"TM\":\"2026-10-01T23:30:00,000+0800 S\",\"RV\":1010.0}]}|{\"SD\":\"3046\"}";
    var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
    var signed = mapper.createObjectNode().put("encoding_method", "OCMF");
    signed
        .putArray("signed_values")
        .add(
            mapper
                .createObjectNode()
                .put("nature", "Start")
                .put("plain_data", "")
                .put("signed_data", start))
        .add(
            mapper
                .createObjectNode()
                .put("nature", "End")
                .put("plain_data", "")
                .put("signed_data", end));
    home.drop(
        "operators/OCS",
        "cdrs.json",
        array(List.of(cdr("S1", "OCS-C1").with("signed_data", signed))));
    ingest();

    assertThat(sessions.findByPartyIdAndRecordIdOrderByVersion("OCS", "S1").get(0).getSignedData())
        .isEqualTo(end);
  }
}
