package org.evsettle.integrations.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evsettle.integrations.TestHome.csv;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.evsettle.integrations.IngestTestApplication;
import org.evsettle.integrations.inbox.IngestSummary;
import org.evsettle.settlement.ledger.InputSnapshot;
import org.evsettle.settlement.persistence.CarbonIntensityEntity;
import org.evsettle.settlement.persistence.CarbonIntensityRepository;
import org.evsettle.settlement.persistence.IngestStore;
import org.evsettle.settlement.persistence.UtilityPriceEntity;
import org.evsettle.settlement.persistence.UtilityPriceRepository;
import org.evsettle.settlement.persistence.VersionedRowEntity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Utilities' prices and carbon intensity, from the file a utility drops to what a run reads. Rows
 * are checked, versioned and receipted like every record; "now" is 2026-11-01T00:00:00Z.
 */
class UtilitySeriesIngestTest extends IngestTestSupport {

  private static final String PRICES = "utility_id,interval_start,interval_minutes,price,currency";
  private static final String CARBON = "utility_id,hour_start,gco2_per_kwh";
  private static final Instant DAY2 = Instant.parse("2026-11-02T00:00:00Z");

  @Autowired UtilityPriceRepository prices;
  @Autowired CarbonIntensityRepository carbon;
  @Autowired JdbcTemplate jdbc;
  @Autowired IngestStore store;

  private List<UtilityPriceEntity> priceVersions(String utility, String start) {
    return prices.findByPartyIdAndRecordIdOrderByVersion(utility, utility + "/" + start);
  }

  private List<CarbonIntensityEntity> carbonVersions(String utility, String hour) {
    return carbon.findByPartyIdAndRecordIdOrderByVersion(utility, utility + "/" + hour);
  }

  private static List<String> reasons(JsonNode receipt) {
    return receipt.get("rejections").findValuesAsText("reason");
  }

  @Test
  void everyPriceRuleRejectsWithItsLineFieldAndReason() {
    home.drop(
        "utilities/UP",
        "prices-rules.csv",
        csv(
            PRICES + ",status",
            "UP,2026-10-05T08:00:00+08:00,15,0.8125,CNY,",
            "UP,2026-10-05T00:15:00Z,15,-0.035,cny,",
            "UP,2026-10-05T00:30:00Z,30,0.123456,CNY,",
            "UP,2026-10-05T01:00:00Z,60,1.2,CNY,ACTIVE",
            ",2026-10-05T02:00:00Z,60,1,CNY,",
            "UP,2026-10-05T02:00:00Z,60,,CNY,",
            "UP,2026-10-05 02:00,60,1,CNY,",
            "UP,2026-10-05T02:00:00Z,sixty,1,CNY,",
            "UP,2026-10-05T02:00:00Z,60,1.0.0,CNY,",
            "UP,2026-10-05T02:00:00Z,60,1,XYZ,",
            "UP-OTHER,2026-10-05T02:00:00Z,60,1,CNY,",
            "UP,2026-10-05T02:00:00Z,20,1,CNY,",
            "UP,2026-10-05T02:05:00Z,15,1,CNY,",
            "UP,2026-10-05T06:00:00+05:45,60,1,CNY,",
            "UP,2026-10-05T02:00:30Z,5,1,CNY,",
            "UP,2026-10-05T02:00:00Z,60,0.1234567,CNY,",
            "UP,2026-10-05T02:00:00Z,60,1.2345670,CNY,",
            "UP,2026-11-01T00:00:00Z,60,1,CNY,",
            "UP,2026-11-03T00:05:00Z,5,1,CNY,",
            "UP,2026-10-05T03:00:00Z,60,1234567890123,CNY,",
            "UP,2026-10-05T03:00:00Z,60,1,CNY,CANCELLED",
            "UP,2026-11-02T12:00:00Z,60,1,CNY,"));

    ingest();

    JsonNode receipt = home.receipt("utilities/UP", "prices-rules.csv");
    assertThat(receipt.get("record_type").asText()).isEqualTo("prices");
    // accepted: lines 2-5, 18 (trailing zeros are no decimals), 19 (a start now is not future),
    // 23 (a day-ahead price, 36 hours ahead)
    assertThat(counts(receipt)).containsExactly(7L, 0L, 0L, 15L);
    assertThat(rejections(receipt))
        .containsExactly(
            "6 utility_id MISSING_FIELD",
            "7 price MISSING_FIELD",
            "8 interval_start UNPARSABLE",
            "9 interval_minutes UNPARSABLE",
            "10 price UNPARSABLE",
            "11 currency UNPARSABLE",
            "12 utility_id OTHER_PARTY",
            "13 interval_minutes OUT_OF_RANGE",
            "14 interval_start NOT_ALIGNED",
            "15 interval_start NOT_ALIGNED",
            "16 interval_start NOT_ALIGNED",
            "17 price TOO_PRECISE",
            "20 interval_start IN_FUTURE",
            "21 price OUT_OF_RANGE",
            "22 status UNPARSABLE");
    List<String> reasons = reasons(receipt);
    assertThat(reasons.get(0)).isEqualTo("required field utility_id is empty or missing");
    assertThat(reasons.get(5))
        .isEqualTo("currency 'XYZ' cannot be read: expected an ISO 4217 currency code, like CNY");
    assertThat(reasons.get(6))
        .isEqualTo(
            "price UP-OTHER/2026-10-05T02:00:00Z names utility UP-OTHER, but utility UP sent it");
    assertThat(reasons.get(7))
        .isEqualTo("interval_minutes must be one of [5, 10, 15, 30, 60], was 20");
    assertThat(reasons.get(8))
        .isEqualTo("interval_start 2026-10-05T02:05:00Z must be on a 15-minute boundary (in UTC)");
    // 06:00 at +05:45 is on the hour where it was written, but 00:15 in UTC
    assertThat(reasons.get(9))
        .isEqualTo("interval_start 2026-10-05T00:15:00Z must be on the hour (in UTC)");
    assertThat(reasons.get(11))
        .isEqualTo("price 0.1234567 has 7 decimals, more than the 6 allowed");
    assertThat(reasons.get(12))
        .isEqualTo(
            "interval_start 2026-11-03T00:05:00Z is more than 48 hours ahead (now"
                + " 2026-11-01T00:00:00Z)");
    assertThat(reasons.get(13))
        .isEqualTo(
            "price 1234567890123 has more than the 12 digits allowed before the decimal point");

    // the interval's start in UTC names the record, whatever offset it was written with
    UtilityPriceEntity first = priceVersions("UP", "2026-10-05T00:00:00Z").get(0);
    assertThat(first.getVersion()).isEqualTo(1);
    assertThat(first.getLineNo()).isEqualTo(2);
    assertThat(first.getUtilityId()).isEqualTo("UP");
    assertThat(first.getIntervalStart()).isEqualTo(Instant.parse("2026-10-05T00:00:00Z"));
    assertThat(first.getIntervalMinutes()).isEqualTo(15);
    assertThat(first.getPrice()).isEqualByComparingTo("0.8125");
    assertThat(first.getCurrency()).isEqualTo("CNY");
    UtilityPriceEntity negative = priceVersions("UP", "2026-10-05T00:15:00Z").get(0);
    assertThat(negative.getPrice()).isEqualByComparingTo("-0.035");
    assertThat(negative.getCurrency()).isEqualTo("CNY");
    assertThat(priceVersions("UP", "2026-10-05T00:30:00Z").get(0).getPrice())
        .isEqualByComparingTo("0.123456");
    assertThat(priceVersions("UP", "2026-10-05T02:00:00Z").get(0).getLineNo()).isEqualTo(18);
    // rejected rows are not stored, under the sender or the utility they name
    assertThat(priceVersions("UP", "2026-10-05T03:00:00Z")).isEmpty();
    assertThat(priceVersions("UP", "2026-11-01T00:05:00Z")).isEmpty();
    assertThat(priceVersions("UP-OTHER", "2026-10-05T02:00:00Z")).isEmpty();
  }

  @Test
  void everyCarbonRuleRejectsWithItsLineFieldAndReason() {
    home.drop(
        "utilities/UC",
        "carbon-rules.csv",
        csv(
            CARBON,
            "UC,2026-10-05T08:00:00+08:00,581.25",
            "UC,2026-10-05T01:00:00Z,0",
            "UC,2026-10-05T02:00:00Z,12.345",
            "UC,2026-10-05T02:30:00Z,500",
            "UC,2026-10-05T08:00:00+05:30,500",
            "UC,2026-10-05T03:00:00Z,-1",
            "UC,2026-10-05T03:00:00Z,12.3456",
            "UC-OTHER,2026-10-05T03:00:00Z,500",
            "UC,,500",
            "UC,2026-10-05T03:00:00Z,lots",
            "UC,2026-11-01T01:00:00Z,500",
            "UC,2026-10-05T03:00:00Z,1234567890"));

    ingest();

    JsonNode receipt = home.receipt("utilities/UC", "carbon-rules.csv");
    assertThat(receipt.get("record_type").asText()).isEqualTo("carbon");
    assertThat(counts(receipt)).containsExactly(3L, 0L, 0L, 9L);
    assertThat(rejections(receipt))
        .containsExactly(
            "5 hour_start NOT_ALIGNED",
            "6 hour_start NOT_ALIGNED",
            "7 gco2_per_kwh OUT_OF_RANGE",
            "8 gco2_per_kwh TOO_PRECISE",
            "9 utility_id OTHER_PARTY",
            "10 hour_start MISSING_FIELD",
            "11 gco2_per_kwh UNPARSABLE",
            "12 hour_start IN_FUTURE",
            "13 gco2_per_kwh OUT_OF_RANGE");
    List<String> reasons = reasons(receipt);
    assertThat(reasons.get(0))
        .isEqualTo("hour_start 2026-10-05T02:30:00Z must be on the hour (in UTC)");
    // 08:00 at +05:30 is on the hour where it was written, but 02:30 in UTC
    assertThat(reasons.get(1)).isEqualTo(reasons.get(0));
    assertThat(reasons.get(2)).isEqualTo("gco2_per_kwh must not be negative, was -1");
    assertThat(reasons.get(3))
        .isEqualTo("gco2_per_kwh 12.3456 has 4 decimals, more than the 3 allowed");
    assertThat(reasons.get(4))
        .isEqualTo(
            "carbon intensity UC-OTHER/2026-10-05T03:00:00Z names utility UC-OTHER,"
                + " but utility UC sent it");

    CarbonIntensityEntity first = carbonVersions("UC", "2026-10-05T00:00:00Z").get(0);
    assertThat(first.getHourStart()).isEqualTo(Instant.parse("2026-10-05T00:00:00Z"));
    assertThat(first.getGco2PerKwh()).isEqualByComparingTo("581.25");
    assertThat(first.getLineNo()).isEqualTo(2);
    assertThat(carbonVersions("UC", "2026-10-05T01:00:00Z").get(0).getGco2PerKwh())
        .isEqualByComparingTo("0");
    assertThat(carbonVersions("UC", "2026-10-05T02:00:00Z").get(0).getGco2PerKwh())
        .isEqualByComparingTo("12.345");
    assertThat(carbonVersions("UC", "2026-10-05T03:00:00Z")).isEmpty();
    assertThat(carbonVersions("UC", "2026-10-05T02:30:00Z")).isEmpty();
  }

  @Test
  void duplicatesAreCountedCorrectionsAndVoidsBecomeNewVersionsThatARunReads() {
    home.drop(
        "utilities/UV",
        "prices-1.csv",
        csv(
            PRICES + ",status",
            "UV,2026-10-06T00:00:00Z,15,0.5,EUR,",
            "UV,2026-10-06T00:15:00Z,15,0.6,EUR,",
            "UV,2026-10-06T00:30:00Z,15,0.7,EUR,"));
    home.drop(
        "utilities/UV",
        "carbon-1.csv",
        csv(CARBON, "UV,2026-10-06T00:00:00Z,400", "UV,2026-10-06T01:00:00Z,410"));
    ingest();

    // a day later: 00:00 again (written at +02:00, with more zeros), 00:15 corrected to a negative
    // price, 00:30 voided twice; the first carbon hour corrected, the second voided
    home.drop(
        "utilities/UV",
        "prices-2.csv",
        csv(
            PRICES + ",status",
            "UV,2026-10-06T02:00:00+02:00,15,0.500,EUR,ACTIVE",
            "UV,2026-10-06T00:15:00Z,15,-0.1,EUR,",
            "UV,2026-10-06T00:30:00Z,15,0.7,EUR,VOID",
            "UV,2026-10-06T00:30:00Z,15,0.7,EUR,VOID"));
    home.drop(
        "utilities/UV",
        "carbon-2.csv",
        csv(
            CARBON + ",status",
            "UV,2026-10-06T00:00:00Z,395.5,",
            "UV,2026-10-06T01:00:00Z,410,VOID"));
    sweep.runOnce(Clock.fixed(DAY2, ZoneOffset.UTC), false);

    assertThat(counts(home.receipt("utilities/UV", "prices-1.csv")))
        .containsExactly(3L, 0L, 0L, 0L);
    // 00:00: duplicate; 00:15: correction; 00:30: VOID (a correction), then duplicate of the VOID
    assertThat(counts(home.receipt("utilities/UV", "prices-2.csv")))
        .containsExactly(0L, 2L, 2L, 0L);
    assertThat(counts(home.receipt("utilities/UV", "carbon-2.csv")))
        .containsExactly(0L, 2L, 0L, 0L);

    assertThat(priceVersions("UV", "2026-10-06T00:00:00Z")).hasSize(1);
    var corrected = priceVersions("UV", "2026-10-06T00:15:00Z");
    assertThat(corrected).extracting(VersionedRowEntity::getVersion).containsExactly(1, 2);
    assertThat(corrected)
        .extracting(UtilityPriceEntity::getPrice)
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("0.6"), new BigDecimal("-0.1"));
    assertThat(corrected.get(1).getReceivedAt()).isEqualTo(DAY2);
    assertThat(corrected)
        .extracting(VersionedRowEntity::getFirstReceivedAt)
        .containsOnly(IngestTestApplication.NOW);
    assertThat(priceVersions("UV", "2026-10-06T00:30:00Z"))
        .extracting(VersionedRowEntity::getStatus)
        .containsExactly("ACTIVE", "VOID");
    assertThat(carbonVersions("UV", "2026-10-06T00:00:00Z"))
        .extracting(CarbonIntensityEntity::getGco2PerKwh)
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("400"), new BigDecimal("395.5"));

    // what a settlement run reads of that day: the latest versions, the VOIDed ones left out
    InputSnapshot inputs = new InputSnapshot(jdbc, store);
    Instant day = Instant.parse("2026-10-06T00:00:00Z");
    Instant next = Instant.parse("2026-10-07T00:00:00Z");
    assertThat(
            inputs.prices(day, next).stream()
                .filter(p -> p.utilityId().equals("UV"))
                .map(p -> p.intervalStart() + " " + p.price().toPlainString() + " " + p.currency()))
        .containsExactly("2026-10-06T00:00:00Z 0.500000 EUR", "2026-10-06T00:15:00Z -0.100000 EUR");
    assertThat(
            inputs.carbon(day, next).stream()
                .filter(c -> c.utilityId().equals("UV"))
                .map(c -> c.hourStart() + " " + c.gco2PerKwh().toPlainString()))
        .containsExactly("2026-10-06T00:00:00Z 395.500");
  }

  @Test
  void pricesAndCarbonAreEventFilesThatOnlyUtilitiesSend() {
    home.drop("utilities/UQ", "carbon-a.csv", csv(CARBON, "UQ,2026-10-06T00:00:00Z,400"));
    home.drop("utilities/UQ", "prices-a.csv", csv(PRICES, "UQ,2026-10-06T00:00:00Z,60,0.5,EUR"));
    home.drop(
        "operators/UQ-OP",
        "chargers-z.csv",
        chargersCsv("UQ-C1,UQ-OP,UQ-SITE,UQ,,PUBLIC,22,false"));
    home.drop("operators/UQ-OP", "prices.csv", csv(PRICES, "UQ-OP,2026-10-06T00:00:00Z,60,1,EUR"));
    // a file without the currency column cannot be read as prices at all
    home.drop(
        "utilities/UQ",
        "prices-b.csv",
        csv("utility_id,interval_start,interval_minutes,price", "UQ,2026-10-06T01:00:00Z,60,1"));
    IngestSummary summary = ingest();

    // registries of all senders before events; then prices before carbon
    assertThat(summary.files())
        .extracting(f -> f.receipt().file())
        .containsExactly(
            "chargers-z.csv", "prices-a.csv", "prices-b.csv", "prices.csv", "carbon-a.csv");
    assertThat(counts(home.receipt("utilities/UQ", "prices-a.csv")))
        .containsExactly(1L, 0L, 0L, 0L);
    assertThat(counts(home.receipt("utilities/UQ", "carbon-a.csv")))
        .containsExactly(1L, 0L, 0L, 0L);
    JsonNode fromOperator = home.receipt("operators/UQ-OP", "prices.csv");
    assertThat(fromOperator.get("quarantined").asBoolean()).isTrue();
    assertThat(fromOperator.get("reason").asText())
        .isEqualTo("prices files come from utilities, not from operators");
    JsonNode withoutCurrency = home.receipt("utilities/UQ", "prices-b.csv");
    assertThat(withoutCurrency.get("quarantined").asBoolean()).isTrue();
    assertThat(withoutCurrency.get("reason").asText())
        .isEqualTo("the file lacks the required column currency");
    assertThat(HOME.resolve("quarantine/utilities/UQ/prices-b.csv")).exists();
    assertThat(priceVersions("UQ", "2026-10-06T01:00:00Z")).isEmpty();
    assertThat(priceVersions("UQ-OP", "2026-10-06T00:00:00Z")).isEmpty();
  }
}
