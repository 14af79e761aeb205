package org.evsettle.integrations.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evsettle.integrations.TestHome.csv;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.evsettle.integrations.inbox.IngestSummary;
import org.evsettle.settlement.persistence.SiteEntity;
import org.evsettle.settlement.persistence.SiteRepository;
import org.evsettle.settlement.persistence.VersionedRowEntity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The site registry: an operator registers the sites it runs. Rows are checked, versioned and
 * receipted like the other registries; "now" is 2026-11-01T00:00:00Z.
 */
class SiteRegistryTest extends IngestTestSupport {

  private static final String HEADER =
      "site_id,operator_id,utility_id,district,max_demand_kw,grid_connection,status";
  private static final Instant DAY1 = Instant.parse("2026-11-01T00:00:00Z");
  private static final Instant DAY2 = Instant.parse("2026-11-02T00:00:00Z");

  @Autowired SiteRepository sites;

  private List<SiteEntity> versions(String operator, String siteId) {
    return sites.findByPartyIdAndRecordIdOrderByVersion(operator, siteId);
  }

  @Test
  void rowsAreStoredOrRejectedWithTheirLineAndField() {
    String longest = "x".repeat(RowValidator.GRID_CONNECTION_LIMIT);
    home.drop(
        "operators/SR-A",
        "sites.csv",
        csv(
            HEADER,
            "SR-S1,SR-A,UT1,Chaoyang,400,10 kV,",
            "SR-S2,SR-A,UT1,,250.5,,",
            "SR-S3,SR-A,UT2,Haidian,,0.4 kV,",
            ",SR-A,UT1,,100,,",
            "SR-S4,SR-A,UT1,,-5,,",
            "SR-S5,SR-A,UT1,,abc,,",
            "SR-S6,SR-B,UT1,,100,,",
            "SR-S7,SR-A,UT1,,100," + longest + "y,",
            "SR-S8,SR-A,UT1,,0,,",
            "SR-S9,SR-A,UT1,,100," + longest + ",",
            "SR-S10,,UT1,,100,,"));

    ingest();

    JsonNode receipt = home.receipt("operators/SR-A", "sites.csv");
    assertThat(receipt.get("record_type").asText()).isEqualTo("sites");
    // accepted: S1, S2, S3 (max_demand_kw may be left out), S9 (exactly 64 characters)
    assertThat(counts(receipt)).containsExactly(4L, 0L, 0L, 7L);
    assertThat(rejections(receipt))
        .containsExactly(
            "5 site_id MISSING_FIELD",
            "6 max_demand_kw OUT_OF_RANGE",
            "7 max_demand_kw UNPARSABLE",
            "8 operator_id OTHER_PARTY",
            "9 grid_connection OUT_OF_RANGE",
            "10 max_demand_kw OUT_OF_RANGE",
            "12 operator_id MISSING_FIELD");
    List<String> reasons = receipt.get("rejections").findValuesAsText("reason");
    assertThat(reasons.get(0)).isEqualTo("required field site_id is empty or missing");
    assertThat(reasons.get(1)).isEqualTo("max_demand_kw must be above 0");
    assertThat(reasons.get(2))
        .isEqualTo(
            "max_demand_kw 'abc' cannot be read: expected a number with '.' as decimal point");
    assertThat(reasons.get(3))
        .isEqualTo("site SR-S6 names operator SR-B, but operator SR-A sent it");
    assertThat(reasons.get(4))
        .isEqualTo("grid_connection is 65 characters, longer than the 64 allowed");

    SiteEntity s1 = versions("SR-A", "SR-S1").get(0);
    assertThat(s1.getVersion()).isEqualTo(1);
    assertThat(s1.getStatus()).isEqualTo("ACTIVE");
    assertThat(s1.getOperatorId()).isEqualTo("SR-A");
    assertThat(s1.getUtilityId()).isEqualTo("UT1");
    assertThat(s1.getDistrict()).isEqualTo("Chaoyang");
    assertThat(s1.getMaxDemandKw()).isEqualByComparingTo("400");
    assertThat(s1.getGridConnection()).isEqualTo("10 kV");
    assertThat(s1.getLineNo()).isEqualTo(2);
    SiteEntity s3 = versions("SR-A", "SR-S3").get(0);
    assertThat(s3.getMaxDemandKw()).isNull();
    assertThat(s3.getDistrict()).isEqualTo("Haidian");
    assertThat(versions("SR-A", "SR-S9").get(0).getGridConnection()).isEqualTo(longest);
    // rejected rows are not stored, under the sender or the operator they name
    for (String rejected : List.of("SR-S4", "SR-S5", "SR-S6", "SR-S7", "SR-S8", "SR-S10")) {
      assertThat(versions("SR-A", rejected)).as(rejected).isEmpty();
    }
    assertThat(versions("SR-B", "SR-S6")).isEmpty();
  }

  @Test
  void duplicatesAreCountedCorrectionsAndVoidsBecomeNewVersions() {
    home.drop(
        "operators/SR-V",
        "sites-1.csv",
        csv(
            HEADER,
            "SV-1,SR-V,UT1,Chaoyang,400,10 kV,",
            "SV-2,SR-V,UT1,,250.5,,",
            "SV-3,SR-V,UT2,,,,"));
    ingest();

    // a day later: SV-1 unchanged (written differently), SV-2 corrected, SV-3 voided twice
    home.drop(
        "operators/SR-V",
        "sites-2.csv",
        csv(
            HEADER,
            "SV-1,SR-V,UT1,Chaoyang,400.000,10 kV,ACTIVE",
            "SV-2,SR-V,UT1,,315,10 kV,",
            "SV-3,SR-V,UT2,,,,VOID",
            "SV-3,SR-V,UT2,,,,VOID"));
    sweep.runOnce(Clock.fixed(DAY2, ZoneOffset.UTC), false);

    assertThat(counts(home.receipt("operators/SR-V", "sites-1.csv")))
        .containsExactly(3L, 0L, 0L, 0L);
    // SV-1: duplicate; SV-2: correction; SV-3: VOID (a correction), then duplicate of the VOID
    assertThat(counts(home.receipt("operators/SR-V", "sites-2.csv")))
        .containsExactly(0L, 2L, 2L, 0L);

    assertThat(versions("SR-V", "SV-1")).hasSize(1);
    var sv2 = versions("SR-V", "SV-2");
    assertThat(sv2).extracting(VersionedRowEntity::getVersion).containsExactly(1, 2);
    assertThat(sv2)
        .extracting(SiteEntity::getMaxDemandKw)
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("250.5"), new BigDecimal("315"));
    assertThat(sv2).extracting(SiteEntity::getGridConnection).containsExactly(null, "10 kV");
    // the old version stays; the correction keeps the time of the first report
    assertThat(sv2.get(1).getLineNo()).isEqualTo(3);
    assertThat(sv2.get(1).getReceivedAt()).isEqualTo(DAY2);
    assertThat(sv2).extracting(VersionedRowEntity::getFirstReceivedAt).containsOnly(DAY1);
    var sv3 = versions("SR-V", "SV-3");
    assertThat(sv3).extracting(VersionedRowEntity::getVersion).containsExactly(1, 2);
    assertThat(sv3).extracting(VersionedRowEntity::getStatus).containsExactly("ACTIVE", "VOID");
    assertThat(sv3.get(1).getLineNo()).isEqualTo(4);
  }

  @Test
  void sitesAreRegistryFilesThatOnlyOperatorsSend() {
    home.drop(
        "operators/SR-O",
        "chargers-z.csv",
        chargersCsv("SR-O-C1,SR-O,SR-O-S,UT1,,PUBLIC,22,false"));
    home.drop(
        "operators/SR-O",
        "sessions-0.csv",
        csv(
            "session_id,charger_id,started_at,ended_at,energy_kwh",
            "SR-O-1,SR-O-C1,2026-10-01T10:00:00+08:00,2026-10-01T11:00:00+08:00,3"));
    home.drop("operators/SR-O", "sites-z.csv", csv(HEADER, "SR-O-S,SR-O,UT1,,100,,"));
    home.drop("utilities/UT1", "sites.csv", csv(HEADER, "SR-U-S,SR-O,UT1,,100,,"));
    IngestSummary summary = ingest();

    // registries (chargers, then sites, by file name) of all senders before events
    assertThat(summary.files())
        .extracting(f -> f.receipt().file())
        .containsExactly("chargers-z.csv", "sites-z.csv", "sites.csv", "sessions-0.csv");
    assertThat(counts(home.receipt("operators/SR-O", "sites-z.csv")))
        .containsExactly(1L, 0L, 0L, 0L);
    JsonNode fromUtility = home.receipt("utilities/UT1", "sites.csv");
    assertThat(fromUtility.get("quarantined").asBoolean()).isTrue();
    assertThat(fromUtility.get("reason").asText())
        .isEqualTo("sites files come from operators, not from utilities");
    assertThat(versions("UT1", "SR-U-S")).isEmpty();
  }

  @Test
  void aRegisteredSitesMeterIsReadEvenWithoutChargersAndOnlyFromItsUtility() {
    // SR-M's site meter stands without a charger of the registry, known from the site registry
    // from the pass that registers it on
    home.drop("operators/SR-M", "sites.csv", csv(HEADER, "SR-M-S,SR-M,UT-M,,50,,"));
    String readings = "meter_id,interval_start,interval_minutes,import_kwh";
    home.drop(
        "utilities/UT-M",
        "intervals.csv",
        csv(
            readings,
            "SR-M-S,2026-10-08T09:00:00Z,15,7.5",
            "SR-UNKNOWN,2026-10-08T09:00:00Z,15,1"));
    home.drop("utilities/UT-X", "intervals.csv", csv(readings, "SR-M-S,2026-10-08T09:15:00Z,15,5"));
    ingest();
    assertThat(rejections(home.receipt("utilities/UT-M", "intervals.csv")))
        .containsExactly("3 meter_id UNKNOWN_METER");
    assertThat(counts(home.receipt("utilities/UT-M", "intervals.csv")))
        .containsExactly(1L, 0L, 0L, 1L);
    // the site is UT-M's: another utility may not send its readings
    assertThat(rejections(home.receipt("utilities/UT-X", "intervals.csv")))
        .containsExactly("2 meter_id OTHER_PARTY");

    home.drop("operators/SR-N", "sites.csv", csv(HEADER, "SR-N-S,SR-N,UT-M,,50,,"));
    // in the next pass SR-M-S is known from the store, SR-N-S from its pass's sites file
    home.drop(
        "utilities/UT-M",
        "intervals-2.csv",
        csv(readings, "SR-N-S,2026-10-08T09:00:00Z,15,2", "SR-M-S,2026-10-08T09:30:00Z,15,3"));
    ingest();
    assertThat(counts(home.receipt("utilities/UT-M", "intervals-2.csv")))
        .containsExactly(2L, 0L, 0L, 0L);
  }
}
