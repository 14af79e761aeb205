package org.evsettle.settlement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class InputRecordTest {

  private static ChargingSession session(String energy, RecordStatus status) {
    return new ChargingSession(
        "S1",
        "C1",
        Instant.parse("2026-10-01T14:30:00Z"),
        Instant.parse("2026-10-01T15:30:00Z"),
        Energy.kwh(energy),
        null,
        null,
        null,
        null,
        status);
  }

  @Test
  void sameValuesWrittenDifferentlyHaveTheSameContent() {
    assertThat(session("7.080", RecordStatus.ACTIVE).canonicalContent())
        .isEqualTo(session("7.08", RecordStatus.ACTIVE).canonicalContent());
    assertThat(session("0.000", RecordStatus.ACTIVE).canonicalContent())
        .isEqualTo(session("0", RecordStatus.ACTIVE).canonicalContent());
  }

  @Test
  void anyChangedValueOrAVoidChangesTheContent() {
    String original = session("7.08", RecordStatus.ACTIVE).canonicalContent();
    assertThat(session("7.09", RecordStatus.ACTIVE).canonicalContent()).isNotEqualTo(original);
    assertThat(session("7.08", RecordStatus.VOID).canonicalContent()).isNotEqualTo(original);
  }

  private static Charger charger(CurrentType current, String connector) {
    return TestChargers.charger("60.0", current, connector);
  }

  /** The canonical content with its unit separators shown as bars. */
  private static String fields(InputRecord record) {
    return record.canonicalContent().replace('\u001f', '|');
  }

  @Test
  void aChargerWithoutCurrentTypeAndConnectorKeepsTheContentItWasStoredWith() {
    // the content of this row before current_type and connector existed, field for field: a row
    // sent again without them must still hash to what is stored, a duplicate and not a correction
    assertThat(fields(charger(null, null)))
        .isEqualTo("C1|OP1|S1|UT1||PUBLIC|60|true|3|4.1|true|true|2027-06-30|OCMF|ACTIVE");
  }

  @Test
  void aReportedCurrentTypeOrConnectorChangesTheChargersContent() {
    String without = charger(null, null).canonicalContent();
    String dc = charger(CurrentType.DC, null).canonicalContent();
    String combo = charger(null, "IEC_62196_T2_COMBO").canonicalContent();
    String both = charger(CurrentType.DC, "IEC_62196_T2_COMBO").canonicalContent();
    assertThat(List.of(without, dc, combo, both)).doesNotHaveDuplicates();
    assertThat(fields(charger(CurrentType.DC, "IEC_62196_T2_COMBO")))
        .isEqualTo(
            "C1|OP1|S1|UT1||PUBLIC|60|true|3|4.1|true|true|2027-06-30|OCMF|ACTIVE"
                + "|DC|IEC_62196_T2_COMBO");
  }

  @Test
  void recordTypesAreNamedByFilePrefix() {
    assertThat(RecordType.ofFileName("sessions-2026-10.csv")).contains(RecordType.SESSIONS);
    assertThat(RecordType.ofFileName("chargers.csv")).contains(RecordType.CHARGERS);
    assertThat(RecordType.ofFileName("tariffs.csv")).isEmpty();
    assertThat(RecordType.CHARGERS.isRegistry()).isTrue();
    assertThat(RecordType.SESSIONS.isRegistry()).isFalse();
    assertThat(RecordType.ofFileName("sites-2026.csv")).contains(RecordType.SITES);
    assertThat(RecordType.SITES.isRegistry()).isTrue();
    assertThat(RecordType.SITES.sender()).isEqualTo(PartyRole.OPERATORS);
  }

  @Test
  void aSiteIsIdentifiedByItsSiteIdAndItsContentByEveryField() {
    Site site =
        new Site("S1", "OP1", "UT1", null, new BigDecimal("400.0"), "10 kV", RecordStatus.ACTIVE);
    assertThat(site.recordId()).isEqualTo("S1");
    assertThat(site.canonicalContent())
        .isEqualTo(
            new Site("S1", "OP1", "UT1", null, new BigDecimal("400"), "10 kV", RecordStatus.ACTIVE)
                .canonicalContent());
    assertThat(
            new Site("S1", "OP1", "UT1", null, new BigDecimal("400"), "20 kV", RecordStatus.ACTIVE)
                .canonicalContent())
        .isNotEqualTo(site.canonicalContent());
    assertThat(
            new Site("S1", "OP1", "UT1", null, new BigDecimal("400"), "10 kV", RecordStatus.VOID)
                .canonicalContent())
        .isNotEqualTo(site.canonicalContent());
  }

  @Test
  void quartersParseAndFollowDates() {
    assertThat(Quarter.parse("2026-Q4")).isEqualTo(new Quarter(2026, 4));
    assertThat(Quarter.of(java.time.LocalDate.parse("2026-03-31"))).isEqualTo(new Quarter(2026, 1));
    assertThat(
            new IntervalReading(
                    "M1",
                    Instant.parse("2026-10-01T00:00:00Z"),
                    15,
                    new Energy(BigDecimal.ONE),
                    null,
                    RecordStatus.ACTIVE)
                .intervalEnd())
        .isEqualTo(Instant.parse("2026-10-01T00:15:00Z"));
  }

  private static final Instant QUARTER_PAST = Instant.parse("2026-10-01T00:15:00Z");

  private static UtilityPrice price(
      int minutes, String price, String currency, RecordStatus status) {
    return new UtilityPrice(
        "UT1",
        QUARTER_PAST,
        minutes,
        new BigDecimal(price),
        java.util.Currency.getInstance(currency),
        status);
  }

  @Test
  void aPriceIsIdentifiedByItsUtilityAndIntervalStartInUtc() {
    UtilityPrice price = price(15, "-0.0125", "CNY", RecordStatus.ACTIVE);
    assertThat(price.recordId()).isEqualTo("UT1/2026-10-01T00:15:00Z");
    assertThat(price.intervalEnd()).isEqualTo(Instant.parse("2026-10-01T00:30:00Z"));
    assertThat(price.type()).isEqualTo(RecordType.PRICES);
    // the same price written with more zeros is a duplicate; any other value a correction
    assertThat(price(15, "-0.012500", "CNY", RecordStatus.ACTIVE).canonicalContent())
        .isEqualTo(price.canonicalContent());
    assertThat(
            java.util.List.of(
                price(30, "-0.0125", "CNY", RecordStatus.ACTIVE),
                price(15, "-0.0126", "CNY", RecordStatus.ACTIVE),
                price(15, "-0.0125", "EUR", RecordStatus.ACTIVE),
                price(15, "-0.0125", "CNY", RecordStatus.VOID)))
        .extracting(UtilityPrice::canonicalContent)
        .doesNotContain(price.canonicalContent())
        .doesNotHaveDuplicates();
  }

  @Test
  void aCarbonHourIsIdentifiedByItsUtilityAndHourStartInUtc() {
    CarbonIntensity hour =
        new CarbonIntensity(
            "UT1",
            java.time.OffsetDateTime.parse("2026-10-01T09:00:00+08:00").toInstant(),
            new BigDecimal("512.50"),
            RecordStatus.ACTIVE);
    assertThat(hour.recordId()).isEqualTo("UT1/2026-10-01T01:00:00Z");
    assertThat(hour.hourEnd()).isEqualTo(Instant.parse("2026-10-01T02:00:00Z"));
    assertThat(hour.canonicalContent())
        .isEqualTo(
            new CarbonIntensity(
                    "UT1", hour.hourStart(), new BigDecimal("512.5"), RecordStatus.ACTIVE)
                .canonicalContent())
        .isNotEqualTo(
            new CarbonIntensity(
                    "UT1", hour.hourStart(), new BigDecimal("512.6"), RecordStatus.ACTIVE)
                .canonicalContent());
  }

  @Test
  void pricesAndCarbonAreUtilitiesEventFiles() {
    for (RecordType type : java.util.List.of(RecordType.PRICES, RecordType.CARBON)) {
      assertThat(type.sender()).isEqualTo(PartyRole.UTILITIES);
      // processed after the registries, like the other event files
      assertThat(type.isRegistry()).isFalse();
    }
    assertThat(RecordType.ofFileName("prices-2026-10.csv")).contains(RecordType.PRICES);
    assertThat(RecordType.ofFileName("carbon-2026-10.csv")).contains(RecordType.CARBON);
    assertThat(RecordType.PRICES.requiredFields())
        .containsExactly("utility_id", "interval_start", "interval_minutes", "price", "currency");
    assertThat(RecordType.CARBON.requiredFields())
        .containsExactly("utility_id", "hour_start", "gco2_per_kwh");
  }
}
