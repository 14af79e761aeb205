package org.evsettle.integrations.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evsettle.integrations.TestHome.csv;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each record rule of the canonical formats, one row per rule, with the line, field and reason the
 * sender is told. "Now" is 2026-11-01T00:00:00Z; charger V1 is 7 kW.
 */
class ValidationRulesTest extends IngestTestSupport {

  @Test
  void everySessionRuleRejectsWithItsFieldAndReason() {
    home.drop(
        "operators/VAL", "chargers.csv", chargersCsv("V1,VAL,VAL-SITE,UT-VAL,D1,PUBLIC,7,false"));
    home.drop(
        "operators/VAL-OTHER",
        "chargers.csv",
        chargersCsv("V7,VAL-OTHER,VAL-SITE-7,UT-VAL,D1,PUBLIC,7,false"));
    home.drop(
        "operators/VAL",
        "sessions-rules.csv",
        csv(
            "session_id,charger_id,started_at,ended_at,energy_kwh,status",
            "R-OK,V1,2026-10-01T22:30:00+08:00,2026-10-01T23:30:00+08:00,5,",
            "R-MISS,V1,,2026-10-01T23:30:00+08:00,5,",
            "R-BADT,V1,2026-10-01 22:30,2026-10-01T23:30:00+08:00,5,",
            "R-BADE,V1,2026-10-01T22:30:00+08:00,2026-10-01T23:30:00+08:00,\"5,5\",",
            "R-ORDER,V1,2026-10-01T23:30:00+08:00,2026-10-01T22:30:00+08:00,5,",
            "R-NEG,V1,2026-10-01T22:30:00+08:00,2026-10-01T23:30:00+08:00,-1,",
            "R-LONG,V1,2026-10-01T00:00:00+08:00,2026-10-04T00:01:00+08:00,1,",
            "R-72H,V1,2026-10-01T00:00:00+08:00,2026-10-04T00:00:00+08:00,1,",
            "R-FUT,V1,2026-11-01T07:30:00+08:00,2026-11-01T08:30:00+08:00,1,",
            "R-UNK,V99,2026-10-01T22:30:00+08:00,2026-10-01T23:30:00+08:00,5,",
            "R-OTHER,V7,2026-10-01T22:30:00+08:00,2026-10-01T23:30:00+08:00,5,",
            "R-MAX,V1,2026-10-01T22:30:00+08:00,2026-10-01T23:30:00+08:00,7.35,",
            "R-OVER,V1,2026-10-01T22:30:00+08:00,2026-10-01T23:30:00+08:00,7.36,",
            "R-STATUS,V1,2026-10-01T22:30:00+08:00,2026-10-01T23:30:00+08:00,5,CANCELLED"));

    ingest();

    JsonNode receipt = home.receipt("operators/VAL", "sessions-rules.csv");
    // accepted: R-OK, R-72H (exactly 72 h), R-MAX (7 kW x 1 h x 1.05 = 7.35 kWh exactly)
    assertThat(counts(receipt)).containsExactly(3L, 0L, 0L, 11L);
    assertThat(rejections(receipt))
        .containsExactly(
            "3 started_at MISSING_FIELD",
            "4 started_at UNPARSABLE",
            "5 energy_kwh UNPARSABLE",
            "6 ended_at END_NOT_AFTER_START",
            "7 energy_kwh NEGATIVE_ENERGY",
            "8 ended_at TOO_LONG",
            "10 ended_at IN_FUTURE",
            "11 charger_id UNKNOWN_CHARGER",
            "12 charger_id OTHER_PARTY",
            "14 energy_kwh ENERGY_ABOVE_RATED",
            "15 status UNPARSABLE");
    List<String> reasons = receipt.get("rejections").findValuesAsText("reason");
    assertThat(reasons.get(0)).isEqualTo("required field started_at is empty or missing");
    assertThat(reasons.get(1)).contains("'2026-10-01 22:30'").contains("ISO-8601");
    assertThat(reasons.get(5)).contains("72.01666").contains("longer than the 72 h allowed");
    assertThat(reasons.get(7)).isEqualTo("charger V99 is not in the charger registry");
    assertThat(reasons.get(9)).contains("7.36 kWh in 1 h").contains("7 kW");
  }

  @Test
  void theOtherRecordTypesHaveTheirOwnRules() {
    home.drop(
        "operators/VX",
        "chargers.csv",
        chargersCsv(
            "VX1,VX,VX-SITE,UT-VX,VX-DISTRICT,PUBLIC,11,true",
            "VX2,VX,VX-SITE-2,UT-ELSE,VX-DISTRICT,PUBLIC,11,true",
            "VX3,VX,VX-SITE,UT-VX,,PUBLIC,0,false",
            "VX4,VX,VX-SITE,UT-VX,,SHARED,11,false"));
    home.drop(
        "operators/VX",
        "discharges.csv",
        csv(
            "discharge_id,charger_id,started_at,ended_at,energy_kwh,dispatch_id",
            "D-OK,VX1,2026-10-05T18:00:00+08:00,2026-10-05T19:00:00+08:00,11.55,E1",
            "D-OVER,VX1,2026-10-05T18:00:00+08:00,2026-10-05T19:00:00+08:00,11.56,E1"));
    home.drop(
        "utilities/UT-VX",
        "intervals.csv",
        csv(
            "meter_id,interval_start,interval_minutes,import_kwh,export_kwh",
            "VX1,2026-10-05T10:00:00Z,15,1.2,0",
            "VX-SITE,2026-10-05T10:00:00Z,15,3.5,",
            "NOBODY,2026-10-05T10:00:00Z,15,1,",
            "VX2,2026-10-05T10:00:00Z,15,1,",
            "VX1,2026-10-05T10:15:00Z,15,-0.1,",
            "VX1,2026-10-31T23:50:00Z,15,1,",
            "VX1,2026-10-05T10:30:00Z,0,1,"));
    home.drop(
        "utilities/UT-VX",
        "dispatch.csv",
        csv(
            "event_id,kind,starts_at,ends_at,site_id,district,requested_kw",
            "E1,DISCHARGE_REQUEST,2026-10-05T18:00:00+08:00,2026-10-05T20:00:00+08:00,VX-SITE,,50",
            "E2,LOAD_REDUCTION,2026-10-06T18:00:00+08:00,2026-10-06T20:00:00+08:00,,VX-DISTRICT,",
            "E3,LOAD_REDUCTION,2026-10-06T18:00:00+08:00,2026-10-06T20:00:00+08:00,,,",
            "E4,DISCHARGE_REQUEST,2026-10-06T20:00:00+08:00,2026-10-06T18:00:00+08:00,VX-SITE,,",
            "E5,DISCHARGE_REQUEST,2026-10-06T18:00:00+08:00,2026-10-06T20:00:00+08:00,NO-SITE,,",
            "E6,PEAK_SHAVING,2026-10-06T18:00:00+08:00,2026-10-06T20:00:00+08:00,VX-SITE,,"));
    home.drop(
        "regulator",
        "ratings-vx.csv",
        csv(
            "site_id,quarter,rating",
            "VX-SITE,2026-Q4,A",
            "NO-SITE,2026-Q4,B",
            "VX-SITE,2026-Q5,B",
            "VX-SITE-2,2026-Q4,E"));

    ingest();

    JsonNode chargers = home.receipt("operators/VX", "chargers.csv");
    assertThat(counts(chargers)).containsExactly(2L, 0L, 0L, 2L);
    assertThat(rejections(chargers))
        .containsExactly("4 rated_power_kw OUT_OF_RANGE", "5 access UNPARSABLE");

    JsonNode discharges = home.receipt("operators/VX", "discharges.csv");
    // 11 kW x 1 h x 1.05 = 11.55 kWh is the most a discharge can carry
    assertThat(counts(discharges)).containsExactly(1L, 0L, 0L, 1L);
    assertThat(rejections(discharges)).containsExactly("3 energy_kwh ENERGY_ABOVE_RATED");

    JsonNode intervals = home.receipt("utilities/UT-VX", "intervals.csv");
    assertThat(counts(intervals)).containsExactly(2L, 0L, 0L, 5L);
    assertThat(rejections(intervals))
        .containsExactly(
            "4 meter_id UNKNOWN_METER",
            "5 meter_id OTHER_PARTY",
            "6 import_kwh NEGATIVE_ENERGY",
            "7 interval_start IN_FUTURE",
            "8 interval_minutes OUT_OF_RANGE");

    JsonNode dispatch = home.receipt("utilities/UT-VX", "dispatch.csv");
    assertThat(counts(dispatch)).containsExactly(2L, 0L, 0L, 4L);
    assertThat(rejections(dispatch))
        .containsExactly(
            "4 site_id MISSING_FIELD",
            "5 ends_at END_NOT_AFTER_START",
            "6 site_id UNKNOWN_SITE",
            "7 kind UNPARSABLE");

    JsonNode ratings = home.receipt("regulator", "ratings-vx.csv");
    assertThat(counts(ratings)).containsExactly(1L, 0L, 0L, 3L);
    assertThat(rejections(ratings))
        .containsExactly("3 site_id UNKNOWN_SITE", "4 quarter UNPARSABLE", "5 rating UNPARSABLE");
  }
}
