package org.evsettle.settlement.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import org.evsettle.settlement.SettlementTestApplication;
import org.evsettle.settlement.domain.CarbonIntensity;
import org.evsettle.settlement.domain.InputRecord;
import org.evsettle.settlement.domain.Party;
import org.evsettle.settlement.domain.PartyRole;
import org.evsettle.settlement.domain.RecordStatus;
import org.evsettle.settlement.domain.RecordType;
import org.evsettle.settlement.domain.UtilityPrice;
import org.evsettle.settlement.persistence.IngestStore;
import org.evsettle.settlement.persistence.NewVersion;
import org.evsettle.settlement.persistence.UtilityPriceEntity;
import org.evsettle.settlement.persistence.UtilityPriceRepository;
import org.evsettle.settlement.persistence.VersionedRowEntity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Which utility prices and carbon hours a run reads, on every supported database. The window is
 * October 2026 in Asia/Kolkata (UTC+05:30), so that it starts and ends in the middle of an hour: an
 * interval that starts before the window and ends in it is read, one that ends where it starts is
 * not. No other test stores prices or carbon here.
 */
@SpringBootTest(classes = SettlementTestApplication.class)
abstract class UtilitySeriesContract {

  private static final Instant FROM = Instant.parse("2026-09-30T18:30:00Z");
  private static final Instant TO = Instant.parse("2026-10-31T18:30:00Z");
  private static final Instant DAY1 = Instant.parse("2026-11-01T01:00:00Z");
  private static final Instant DAY2 = Instant.parse("2026-11-02T01:00:00Z");

  @Autowired InputSnapshot inputs;
  @Autowired IngestStore store;
  @Autowired UtilityPriceRepository prices;

  private static UtilityPrice price(
      String utility, String start, int minutes, String price, String currency) {
    return price(utility, start, minutes, price, currency, RecordStatus.ACTIVE);
  }

  private static UtilityPrice price(
      String utility,
      String start,
      int minutes,
      String price,
      String currency,
      RecordStatus status) {
    return new UtilityPrice(
        utility,
        Instant.parse(start),
        minutes,
        new BigDecimal(price),
        Currency.getInstance(currency),
        status);
  }

  private static CarbonIntensity carbon(
      String utility, String hour, String grams, RecordStatus status) {
    return new CarbonIntensity(utility, Instant.parse(hour), new BigDecimal(grams), status);
  }

  private static CarbonIntensity carbon(String utility, String hour, String grams) {
    return carbon(utility, hour, grams, RecordStatus.ACTIVE);
  }

  /** Writes one file of a utility, received on {@code day}; each record at its version. */
  private void write(RecordType type, String utility, Instant day, List<Versioned> records) {
    String name = type.filePrefix() + "-" + utility + "-" + day + ".csv";
    long file =
        store.openFile(
            new Party(PartyRole.UTILITIES, utility),
            name,
            String.format("%064x", name.hashCode()),
            type,
            null,
            day,
            false);
    List<NewVersion> versions =
        records.stream()
            .map(
                r ->
                    new NewVersion(
                        r.record(),
                        utility,
                        r.version(),
                        // a content hash of its own for every version
                        String.format("%064x", r.record().canonicalContent().hashCode()),
                        r.version() + 1L,
                        day,
                        DAY1))
            .toList();
    store.writeChunk(file, type, versions, List.of());
  }

  private record Versioned(InputRecord record, int version) {}

  private static Versioned v(int version, InputRecord record) {
    return new Versioned(record, version);
  }

  @Test
  void aRunReadsTheLatestActivePriceOfEveryIntervalThatOverlapsItsWindow() {
    // UT-B first, out of time order: the reading orders by utility, then interval start
    write(
        RecordType.PRICES,
        "UT-B",
        DAY1,
        List.of(
            v(1, price("UT-B", "2026-10-02T00:05:00Z", 5, "7.1", "NPR")),
            v(1, price("UT-B", "2026-10-02T00:00:00Z", 5, "7", "NPR"))));
    write(
        RecordType.PRICES,
        "UT-A",
        DAY1,
        List.of(
            // 18:00-19:00 overlaps the window's first half hour
            v(1, price("UT-A", "2026-09-30T18:00:00Z", 60, "0.4", "INR")),
            // 18:15-18:30 and 17:00-18:00 end before the window starts
            v(1, price("UT-A", "2026-09-30T18:15:00Z", 15, "0.41", "INR")),
            v(1, price("UT-A", "2026-09-30T17:00:00Z", 60, "0.42", "INR")),
            v(1, price("UT-A", "2026-10-15T04:00:00Z", 30, "0.3", "INR")),
            v(1, price("UT-A", "2026-10-20T10:00:00Z", 15, "0.2", "INR")),
            v(1, price("UT-A", "2026-10-21T10:00:00Z", 15, "0.2", "INR")),
            // 18:15-18:30 ends as the window does; 18:30 starts after it
            v(1, price("UT-A", "2026-10-31T18:15:00Z", 15, "0.123456", "INR")),
            v(1, price("UT-A", "2026-10-31T18:30:00Z", 15, "0.5", "INR"))));
    write(
        RecordType.PRICES,
        "UT-A",
        DAY2,
        List.of(
            // corrected to a negative price; voided; voided and published again
            v(2, price("UT-A", "2026-10-15T04:00:00Z", 30, "-0.05", "INR")),
            v(2, price("UT-A", "2026-10-20T10:00:00Z", 15, "0.2", "INR", RecordStatus.VOID)),
            v(2, price("UT-A", "2026-10-21T10:00:00Z", 15, "0.2", "INR", RecordStatus.VOID)),
            v(3, price("UT-A", "2026-10-21T10:00:00Z", 15, "0.25", "INR"))));

    List<String> read =
        inputs.prices(FROM, TO).stream()
            .map(
                p ->
                    String.join(
                        " ",
                        p.utilityId(),
                        p.intervalStart().toString(),
                        String.valueOf(p.intervalMinutes()),
                        p.price().toPlainString(),
                        p.currency().getCurrencyCode(),
                        p.status().name()))
            .toList();
    assertThat(read)
        .containsExactly(
            "UT-A 2026-09-30T18:00:00Z 60 0.400000 INR ACTIVE",
            "UT-A 2026-10-15T04:00:00Z 30 -0.050000 INR ACTIVE",
            "UT-A 2026-10-21T10:00:00Z 15 0.250000 INR ACTIVE",
            "UT-A 2026-10-31T18:15:00Z 15 0.123456 INR ACTIVE",
            "UT-B 2026-10-02T00:00:00Z 5 7.000000 NPR ACTIVE",
            "UT-B 2026-10-02T00:05:00Z 5 7.100000 NPR ACTIVE");

    // a window of one interval: only the prices of that half hour
    assertThat(
            inputs.prices(
                Instant.parse("2026-10-15T04:00:00Z"), Instant.parse("2026-10-15T04:30:00Z")))
        .extracting(UtilityPrice::recordId)
        .containsExactly("UT-A/2026-10-15T04:00:00Z");

    // every version stays stored
    List<UtilityPriceEntity> corrected =
        prices.findByPartyIdAndRecordIdOrderByVersion("UT-A", "UT-A/2026-10-15T04:00:00Z");
    assertThat(corrected).extracting(VersionedRowEntity::getVersion).containsExactly(1, 2);
    assertThat(corrected)
        .extracting(UtilityPriceEntity::getPrice)
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("0.3"), new BigDecimal("-0.05"));
    assertThat(corrected.get(1).getReceivedAt()).isEqualTo(DAY2);
    assertThat(corrected.get(1).getCurrency()).isEqualTo("INR");
  }

  @Test
  void aRunReadsTheLatestActiveCarbonIntensityOfEveryHourThatOverlapsItsWindow() {
    write(
        RecordType.CARBON,
        "UT-B",
        DAY1,
        List.of(
            v(1, carbon("UT-B", "2026-10-05T01:00:00Z", "90.125")),
            v(1, carbon("UT-B", "2026-10-05T00:00:00Z", "88"))));
    write(
        RecordType.CARBON,
        "UT-A",
        DAY1,
        List.of(
            // 17:00-18:00 ends before the window, 18:00-19:00 overlaps it
            v(1, carbon("UT-A", "2026-09-30T17:00:00Z", "500")),
            v(1, carbon("UT-A", "2026-09-30T18:00:00Z", "512.5")),
            v(1, carbon("UT-A", "2026-10-10T12:00:00Z", "430")),
            v(1, carbon("UT-A", "2026-10-11T12:00:00Z", "400")),
            // 18:00-19:00 overlaps the window's last half hour; 19:00 starts after it
            v(1, carbon("UT-A", "2026-10-31T18:00:00Z", "0")),
            v(1, carbon("UT-A", "2026-10-31T19:00:00Z", "300"))));
    write(
        RecordType.CARBON,
        "UT-A",
        DAY2,
        List.of(
            v(2, carbon("UT-A", "2026-10-10T12:00:00Z", "415.25")),
            v(2, carbon("UT-A", "2026-10-11T12:00:00Z", "400", RecordStatus.VOID))));

    List<String> read =
        inputs.carbon(FROM, TO).stream()
            .map(
                c ->
                    String.join(
                        " ",
                        c.utilityId(),
                        c.hourStart().toString(),
                        c.gco2PerKwh().toPlainString(),
                        c.status().name()))
            .toList();
    assertThat(read)
        .containsExactly(
            "UT-A 2026-09-30T18:00:00Z 512.500 ACTIVE",
            "UT-A 2026-10-10T12:00:00Z 415.250 ACTIVE",
            "UT-A 2026-10-31T18:00:00Z 0.000 ACTIVE",
            "UT-B 2026-10-05T00:00:00Z 88.000 ACTIVE",
            "UT-B 2026-10-05T01:00:00Z 90.125 ACTIVE");
  }
}
