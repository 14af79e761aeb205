package org.evsettle.settlement.ocpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-worked sessions: each restriction, midnight, step_size, price limits, VAT, reservations. */
class OcpiPricerTest {

  private static final ZoneId UTC = ZoneOffset.UTC;

  /** Energy at 0.10 from 22:00 to 06:00, else 0.30; no VAT. */
  private static final String OFF_PEAK_FROM_22_TO_06 =
      tariff(
          """
          {"price_components": [{"type": "ENERGY", "price": 0.10, "step_size": 1}],
           "restrictions": {"start_time": "22:00", "end_time": "06:00"}},
          {"price_components": [{"type": "ENERGY", "price": 0.30, "step_size": 1}]}""");

  @Test
  void aFlatFeeIsBilledOnceAndVatIsAddedPerComponent() {
    String tariff =
        tariff(
            """
            {"price_components": [
              {"type": "FLAT", "price": 1.00, "vat": 20, "step_size": 0},
              {"type": "ENERGY", "price": 0.30, "vat": 10, "step_size": 1}]}""");
    String cdr =
        cdr(
            "2024-03-01T10:00:00Z",
            "2024-03-01T11:30:00Z",
            period("2024-03-01T10:00:00Z", "ENERGY", "2"),
            period("2024-03-01T10:30:00Z", "ENERGY", "3"),
            period("2024-03-01T11:00:00Z", "ENERGY", "5"));

    PricedSession s = price(tariff, cdr, UTC);

    // fixed: 1.00 once, incl. 20 % = 1.20; energy: (2 + 3 + 5) kWh x 0.30 = 3.00, incl. 10 % = 3.30
    assertPrice(s.totals().totalFixedCost(), "1.0000", "1.2000");
    assertPrice(s.totals().totalEnergyCost(), "3.0000", "3.3000");
    // total: 1.00 + 3.00 = 4.00; incl. 1.20 + 3.30 = 4.50
    assertPrice(s.totals().totalCost(), "4.0000", "4.5000");
    assertThat(rounded(s.totals().totalEnergy())).isEqualTo("10.0000");
    // 10:00 to 11:30 = 1.5 h
    assertThat(rounded(s.totals().totalTime())).isEqualTo("1.5000");
    assertThat(s.periods().get(0).dimensions())
        .extracting(PricedDimension::type)
        .containsExactly(TariffDimensionType.FLAT, TariffDimensionType.ENERGY);
    assertThat(s.periods().get(1).dimensions())
        .extracting(PricedDimension::type)
        .containsExactly(TariffDimensionType.ENERGY);
    assertThat(s.totals().totalTimeCost()).isNull();
  }

  @Test
  void anOffPeakWindowWrapsMidnight() {
    String tariff = OFF_PEAK_FROM_22_TO_06;
    String cdr =
        cdr(
            "2024-03-01T21:00:00Z",
            "2024-03-02T07:00:00Z",
            period("2024-03-01T21:00:00Z", "ENERGY", "5"),
            period("2024-03-01T23:00:00Z", "ENERGY", "4"),
            period("2024-03-02T05:30:00Z", "ENERGY", "2"),
            period("2024-03-02T06:00:00Z", "ENERGY", "1"));

    PricedSession s = price(tariff, cdr, UTC);

    // 21:00 peak 5 x 0.30 = 1.50; 23:00 off-peak 4 x 0.10 = 0.40; 05:30 off-peak 2 x 0.10 = 0.20;
    // 06:00 is the window's (exclusive) end: peak 1 x 0.30 = 0.30; sum 2.40 (no VAT: incl = excl)
    assertPrice(s.totals().totalEnergyCost(), "2.4000", "2.4000");
    assertThat(s.periods())
        .extracting(p -> p.dimensions().get(0).elementIndex())
        .containsExactly(1, 0, 0, 1);
  }

  @Test
  void timesOfDayAreLocalToTheZoneGiven() {
    String tariff = OFF_PEAK_FROM_22_TO_06;
    // 21:30 UTC is 22:30 in Berlin in March (UTC+1): off-peak there, peak in UTC
    String cdr =
        cdr(
            "2024-03-01T21:30:00Z",
            "2024-03-01T22:30:00Z",
            period("2024-03-01T21:30:00Z", "ENERGY", "10"));

    // Berlin: 10 x 0.10 = 1.00; UTC: 10 x 0.30 = 3.00
    assertPrice(
        price(tariff, cdr, ZoneId.of("Europe/Berlin")).totals().totalCost(), "1.0000", "1.0000");
    assertPrice(price(tariff, cdr, UTC).totals().totalCost(), "3.0000", "3.0000");
  }

  @Test
  void daysOfTheWeekAndDatesChooseTheElement() {
    String tariff =
        tariff(
            """
            {"price_components": [{"type": "TIME", "price": 1.00, "step_size": 1}],
             "restrictions": {"day_of_week": ["SATURDAY", "SUNDAY"]}},
            {"price_components": [{"type": "TIME", "price": 2.00, "step_size": 1}],
             "restrictions": {"start_date": "2024-01-01", "end_date": "2024-02-01"}},
            {"price_components": [{"type": "TIME", "price": 3.00, "step_size": 1}]}""");
    String cdr =
        cdr(
            "2024-01-06T10:00:00Z",
            "2024-02-01T11:00:00Z",
            period("2024-01-06T10:00:00Z", "TIME", "1"),
            period("2024-01-08T10:00:00Z", "TIME", "1"),
            period("2024-02-01T10:00:00Z", "TIME", "1"));

    PricedSession s = price(tariff, cdr, UTC);

    // Saturday 6 Jan: weekend, 1.00; Monday 8 Jan: in January, 2.00; Thursday 1 Feb: end_date is
    // exclusive, so the default 3.00; sum 6.00
    assertPrice(s.totals().totalTimeCost(), "6.0000", "6.0000");
    assertThat(s.periods())
        .extracting(p -> p.dimensions().get(0).elementIndex())
        .containsExactly(0, 1, 2);
    // 6 Jan 10:00 to 1 Feb 11:00: 26 days and 1 hour = 625 h
    assertThat(rounded(s.totals().totalTime())).isEqualTo("625.0000");
  }

  @Test
  void kwhRestrictionsLookAtTheEnergyChargedBeforeThePeriod() {
    String tariff =
        tariff(
            """
            {"price_components": [{"type": "ENERGY", "price": 0, "step_size": 1}],
             "restrictions": {"max_kwh": 5}},
            {"price_components": [{"type": "ENERGY", "price": 0.40, "step_size": 1}],
             "restrictions": {"min_kwh": 5}}""");
    String cdr =
        cdr(
            "2024-03-01T10:00:00Z",
            "2024-03-01T11:30:00Z",
            period("2024-03-01T10:00:00Z", "ENERGY", "3"),
            period("2024-03-01T10:30:00Z", "ENERGY", "2"),
            period("2024-03-01T11:00:00Z", "ENERGY", "4"));

    // before each period 0, 3 and 5 kWh: free, free, then 4 x 0.40 = 1.60
    assertPrice(price(tariff, cdr, UTC).totals().totalEnergyCost(), "1.6000", "1.6000");
  }

  @Test
  void durationRestrictionsGiveAFreeHourOfParking() {
    String tariff =
        tariff(
            """
            {"price_components": [{"type": "PARKING_TIME", "price": 0, "step_size": 1}],
             "restrictions": {"max_duration": 3600}},
            {"price_components": [{"type": "PARKING_TIME", "price": 6.00, "vat": 10, "step_size": 1}],
             "restrictions": {"min_duration": 3600}},
            {"price_components": [{"type": "ENERGY", "price": 0.25, "step_size": 1}]}""");
    String cdr =
        cdr(
            "2024-03-01T10:00:00Z",
            "2024-03-01T11:30:00Z",
            period("2024-03-01T10:00:00Z", "ENERGY", "10"),
            period("2024-03-01T10:30:00Z", "PARKING_TIME", "0.5"),
            period("2024-03-01T11:00:00Z", "PARKING_TIME", "0.5"));

    PricedSession s = price(tariff, cdr, UTC);

    // parking from 10:30 (30 min in): free; from 11:00 (60 min in, min_duration inclusive):
    // 0.5 h x 6.00 = 3.00, incl. 10 % = 3.30; energy 10 x 0.25 = 2.50; total 5.50 / 5.80
    assertPrice(s.totals().totalParkingCost(), "3.0000", "3.3000");
    assertPrice(s.totals().totalCost(), "5.5000", "5.8000");
    assertThat(rounded(s.totals().totalParkingTime())).isEqualTo("1.0000");
  }

  @Test
  void powerAndCurrentRestrictionsUseThePeriodsMeasurements() {
    String tariff =
        tariff(
            """
            {"price_components": [{"type": "ENERGY", "price": 0.20, "step_size": 1}],
             "restrictions": {"max_power": 11}},
            {"price_components": [{"type": "ENERGY", "price": 0.50, "step_size": 1}],
             "restrictions": {"min_power": 50, "max_current": 200}},
            {"price_components": [{"type": "ENERGY", "price": 0.35, "step_size": 1}]}""");
    String cdr =
        cdr(
            "2024-03-01T10:00:00Z",
            "2024-03-01T14:00:00Z",
            period("2024-03-01T10:00:00Z", "ENERGY", "10", "MAX_POWER", "7"),
            period("2024-03-01T11:00:00Z", "ENERGY", "10", "POWER", "75", "MAX_CURRENT", "150"),
            period("2024-03-01T12:00:00Z", "ENERGY", "10", "MAX_POWER", "22", "MIN_POWER", "22"),
            period(
                "2024-03-01T13:00:00Z",
                "ENERGY",
                "10",
                "MIN_POWER",
                "60",
                "MAX_POWER",
                "60",
                "MAX_CURRENT",
                "250"));

    PricedSession s = price(tariff, cdr, UTC);

    // 7 kW < 11: 0.20; average 75 kW >= 50 and 150 A < 200: 0.50; 22 kW neither: 0.35;
    // 60 kW but 250 A not < 200: 0.35 (a period that states no power at all would pass
    // max_power: nothing contradicts it). 10 kWh each: 2.00 + 5.00 + 3.50 + 3.50 = 14.00
    assertThat(s.periods())
        .extracting(p -> p.dimensions().get(0).elementIndex())
        .containsExactly(0, 1, 2, 2);
    assertPrice(s.totals().totalEnergyCost(), "14.0000", "14.0000");
  }

  @Test
  void stepSizeRoundsTheSessionsTotalOnTheLastPeriod() {
    String tariff =
        tariff(
            """
            {"price_components": [
              {"type": "ENERGY", "price": 0.30, "step_size": 500},
              {"type": "TIME", "price": 2.40, "step_size": 900}]}""");
    String cdr =
        cdr(
            "2024-03-01T10:00:00Z",
            "2024-03-01T10:18:00Z",
            period("2024-03-01T10:00:00Z", "ENERGY", "0.7", "TIME", "0.1"),
            period("2024-03-01T10:06:00Z", "ENERGY", "0.5", "TIME", "0.2"));

    PricedSession s = price(tariff, cdr, UTC);

    // energy 1.2 kWh = 1200 Wh -> 3 steps of 500 = 1.5 kWh x 0.30 = 0.45; the 0.3 added to the
    // last period (0.5 -> 0.8). time 0.3 h = 1080 s -> 2 steps of 900 = 0.5 h x 2.40 = 1.20;
    // the last period billed 0.2 + 0.2 = 0.4 h. Total 1.65
    assertPrice(s.totals().totalEnergyCost(), "0.4500", "0.4500");
    assertPrice(s.totals().totalTimeCost(), "1.2000", "1.2000");
    assertPrice(s.totals().totalCost(), "1.6500", "1.6500");
    List<PricedDimension> last = s.periods().get(1).dimensions();
    assertThat(rounded(last.get(0).billedVolume())).isEqualTo("0.8000");
    assertThat(rounded(last.get(1).billedVolume())).isEqualTo("0.4000");
    assertThat(rounded(s.periods().get(0).dimensions().get(0).billedVolume())).isEqualTo("0.7000");
    // the CDR's volumes, not the billed ones, are the totals
    assertThat(rounded(s.totals().totalEnergy())).isEqualTo("1.2000");
  }

  @Test
  void aMinimumPriceRaisesTheTotalButNotTheEnergyCost() {
    String tariff =
        """
        {"id": "MIN", "currency": "EUR", "min_price": {"excl_vat": 2.00, "incl_vat": 2.40},
         "elements": [{"price_components": [{"type": "ENERGY", "price": 0.25, "vat": 20, "step_size": 1}]}]}""";
    String cdr =
        cdr(
            "2024-03-01T10:00:00Z",
            "2024-03-01T11:00:00Z",
            period("2024-03-01T10:00:00Z", "ENERGY", "4"));

    PricedSession s = price(tariff, cdr, UTC);

    // 4 kWh x 0.25 = 1.00, incl. 20 % = 1.20: below 2.00, so the session costs 2.00 / 2.40
    assertPrice(s.totals().totalEnergyCost(), "1.0000", "1.2000");
    assertPrice(s.componentsCost(), "1.0000", "1.2000");
    assertPrice(s.totals().totalCost(), "2.0000", "2.4000");
    assertThat(s.limit()).isEqualTo(PriceLimit.MIN_PRICE);
  }

  @Test
  void aMaximumPriceCapsTheTotal() {
    String tariff =
        """
        {"id": "MAX", "currency": "EUR", "max_price": {"excl_vat": 10.00},
         "elements": [{"price_components": [{"type": "ENERGY", "price": 0.25, "vat": 20, "step_size": 1}]}]}""";
    String cdr =
        cdr(
            "2024-03-01T10:00:00Z",
            "2024-03-01T11:00:00Z",
            period("2024-03-01T10:00:00Z", "ENERGY", "50"));

    PricedSession s = price(tariff, cdr, UTC);

    // 50 kWh x 0.25 = 12.50 > 10.00: capped at 10.00; max_price states no amount incl. VAT
    assertThat(rounded(s.totals().totalCost().exclVat())).isEqualTo("10.0000");
    assertThat(s.totals().totalCost().inclVat()).isNull();
    assertThat(s.limit()).isEqualTo(PriceLimit.MAX_PRICE);
    assertPrice(s.componentsCost(), "12.5000", "15.0000");
  }

  @Test
  void aUsedReservationIsPricedApartFromTheSession() {
    // the reference case reservation_2_euro_fee_5_euro_per_hour's tariff
    String tariff =
        tariff(
            """
            {"price_components": [
              {"type": "FLAT", "price": 2.0, "vat": 20.0, "step_size": 1},
              {"type": "TIME", "price": 5.0, "vat": 20.0, "step_size": 300}],
             "restrictions": {"reservation": "RESERVATION"}},
            {"price_components": [
              {"type": "FLAT", "price": 0.5, "vat": 20.0, "step_size": 1},
              {"type": "ENERGY", "price": 0.25, "vat": 10.0, "step_size": 1}]}""");
    String cdr =
        cdr(
            "2024-03-01T09:00:00Z",
            "2024-03-01T10:12:00Z",
            period("2024-03-01T09:00:00Z", "RESERVATION_TIME", "0.2"),
            period("2024-03-01T09:12:00Z", "ENERGY", "10"));

    PricedSession s = price(tariff, cdr, UTC);

    // reservation: fee 2.00 (2.40) + 0.2 h = 720 s -> 3 steps of 300 s = 0.25 h x 5.00 = 1.25
    // (1.50): 3.25 / 3.90. session: start fee 0.50 (0.60), energy 10 x 0.25 = 2.50 (2.75).
    // total 3.25 + 0.50 + 2.50 = 6.25; incl. 3.90 + 0.60 + 2.75 = 7.25
    assertPrice(s.totals().totalReservationCost(), "3.2500", "3.9000");
    assertPrice(s.totals().totalFixedCost(), "0.5000", "0.6000");
    assertPrice(s.totals().totalEnergyCost(), "2.5000", "2.7500");
    assertPrice(s.totals().totalCost(), "6.2500", "7.2500");
    assertThat(s.totals().totalTimeCost()).isNull();
  }

  @Test
  void anExpiredReservationPaysTheExpiryFee() {
    // the reference case reservation_with_expire_fee's tariff
    String tariff =
        tariff(
            """
            {"price_components": [{"type": "FLAT", "price": 4.0, "vat": 20.0, "step_size": 1}],
             "restrictions": {"reservation": "RESERVATION_EXPIRES"}},
            {"price_components": [{"type": "TIME", "price": 2.0, "vat": 20.0, "step_size": 600}],
             "restrictions": {"reservation": "RESERVATION"}},
            {"price_components": [
              {"type": "FLAT", "price": 0.5, "vat": 20.0, "step_size": 1},
              {"type": "ENERGY", "price": 0.25, "vat": 10.0, "step_size": 1}]}""");
    String cdr =
        cdr(
            "2024-03-01T09:00:00Z",
            "2024-03-01T09:30:00Z",
            period("2024-03-01T09:00:00Z", "RESERVATION_TIME", "0.5"));

    PricedSession s = price(tariff, cdr, UTC);

    // no charging followed: expiry fee 4.00 (4.80) + 0.5 h = 1800 s = 3 steps of 600 s
    // x 2.00/h = 1.00 (1.20); 5.00 / 6.00, all of it reservation cost, no start fee
    assertPrice(s.totals().totalReservationCost(), "5.0000", "6.0000");
    assertPrice(s.totals().totalCost(), "5.0000", "6.0000");
    assertThat(s.totals().totalFixedCost()).isNull();
  }

  @Test
  void anExpiryElementsTimePriceReplacesTheReservationsOnlyWhenItExpired() {
    // the reference case reservation_with_expire_time's tariff
    String tariff =
        tariff(
            """
            {"price_components": [{"type": "TIME", "price": 6.0, "vat": 20.0, "step_size": 600}],
             "restrictions": {"reservation": "RESERVATION_EXPIRES"}},
            {"price_components": [{"type": "TIME", "price": 3.0, "vat": 20.0, "step_size": 600}],
             "restrictions": {"reservation": "RESERVATION"}},
            {"price_components": [{"type": "ENERGY", "price": 0.25, "step_size": 1}]}""");
    String expired =
        cdr(
            "2024-03-01T09:00:00Z",
            "2024-03-01T09:30:00Z",
            period("2024-03-01T09:00:00Z", "RESERVATION_TIME", "0.5"));
    String used =
        cdr(
            "2024-03-01T09:00:00Z",
            "2024-03-01T10:30:00Z",
            period("2024-03-01T09:00:00Z", "RESERVATION_TIME", "0.5"),
            period("2024-03-01T09:30:00Z", "ENERGY", "4"));

    // expired: 0.5 h x 6.00 = 3.00, incl. 20 % = 3.60
    assertPrice(price(tariff, expired, UTC).totals().totalReservationCost(), "3.0000", "3.6000");
    // used: 0.5 h x 3.00 = 1.50 (1.80); then 4 kWh x 0.25 = 1.00; total 2.50 / 2.80
    PricedSession s = price(tariff, used, UTC);
    assertPrice(s.totals().totalReservationCost(), "1.5000", "1.8000");
    assertPrice(s.totals().totalCost(), "2.5000", "2.8000");
  }

  @Test
  void aDimensionNoElementPricesIsListedUnpriced() {
    String tariff =
        tariff(
            "{\"price_components\": [{\"type\": \"ENERGY\", \"price\": 0.25, \"step_size\": 1}]}");
    String cdr =
        cdr(
            "2024-03-01T10:00:00Z",
            "2024-03-01T11:00:00Z",
            period("2024-03-01T10:00:00Z", "ENERGY", "4"),
            period("2024-03-01T10:30:00Z", "PARKING_TIME", "0.5"));

    PricedSession s = price(tariff, cdr, UTC);

    PricedDimension parking = s.periods().get(1).dimensions().get(0);
    assertThat(parking.isPriced()).isFalse();
    assertThat(parking.cost()).isNull();
    assertThat(s.totals().totalParkingCost()).isNull();
    // 4 x 0.25 = 1.00
    assertPrice(s.totals().totalCost(), "1.0000", "1.0000");
  }

  @Test
  void theCdrsOwnTariffIsUsedWhenValidAtItsStart() {
    String expired =
        """
        {"id": "OLD", "currency": "EUR", "end_date_time": "2024-01-01T00:00:00Z",
         "elements": [{"price_components": [{"type": "ENERGY", "price": 9, "step_size": 1}]}]}""";
    String current =
        tariff(
            "{\"price_components\": [{\"type\": \"ENERGY\", \"price\": 0.25, \"step_size\": 1}]}");
    String cdr =
        """
        {"start_date_time": "2024-03-01T10:00:00Z", "end_date_time": "2024-03-01T11:00:00Z",
         "currency": "EUR", "tariffs": [%s, %s],
         "charging_periods": [{"start_date_time": "2024-03-01T10:00:00Z",
           "dimensions": [{"type": "ENERGY", "volume": 4}]}]}"""
            .formatted(expired, current);

    PricedSession s = new OcpiPricer(UTC).price(OcpiJson.parseCdr(cdr, "cdr"));

    // OLD ended before the session: T applies, 4 x 0.25 = 1.00
    assertThat(s.tariffId()).isEqualTo("T");
    assertPrice(s.totals().totalCost(), "1.0000", "1.0000");
    assertThatThrownBy(
            () ->
                new OcpiPricer(UTC)
                    .price(OcpiJson.parseCdr(cdr, "cdr"), OcpiJson.parseTariff(expired, "old")))
        .isInstanceOf(OcpiPricingException.class)
        .hasMessageContaining(
            "tariff OLD is not valid at the session's start 2024-03-01T10:00:00Z");
  }

  @Test
  void aTariffInAnotherCurrencyIsRefused() {
    String tariff =
        """
        {"id": "GBP1", "currency": "GBP",
         "elements": [{"price_components": [{"type": "ENERGY", "price": 0.25, "step_size": 1}]}]}""";
    String cdr =
        cdr(
            "2024-03-01T10:00:00Z",
            "2024-03-01T11:00:00Z",
            period("2024-03-01T10:00:00Z", "ENERGY", "4"));
    assertThatThrownBy(() -> price(tariff, cdr, UTC))
        .isInstanceOf(OcpiPricingException.class)
        .hasMessage("tariff GBP1 is in GBP, the CDR in EUR");
  }

  static PricedSession price(String tariff, String cdr, ZoneId zone) {
    return new OcpiPricer(zone)
        .price(OcpiJson.parseCdr(cdr, "cdr"), OcpiJson.parseTariff(tariff, "tariff"));
  }

  /** A EUR tariff with id T and these elements. */
  static String tariff(String elements) {
    return "{\"id\": \"T\", \"currency\": \"EUR\", \"elements\": [" + elements + "]}";
  }

  /** A EUR CDR of these periods. */
  static String cdr(String start, String end, String... periods) {
    return """
        {"start_date_time": "%s", "end_date_time": "%s", "currency": "EUR",
         "charging_periods": [%s]}"""
        .formatted(start, end, String.join(", ", periods));
  }

  /** A charging period: its start, then dimension type and volume pairs. */
  static String period(String start, String... typesAndVolumes) {
    StringBuilder dimensions = new StringBuilder();
    for (int i = 0; i < typesAndVolumes.length; i += 2) {
      dimensions
          .append(i == 0 ? "" : ", ")
          .append("{\"type\": \"")
          .append(typesAndVolumes[i])
          .append("\", \"volume\": ")
          .append(typesAndVolumes[i + 1])
          .append("}");
    }
    return "{\"start_date_time\": \"" + start + "\", \"dimensions\": [" + dimensions + "]}";
  }

  static void assertPrice(OcpiPrice price, String exclVat, String inclVat) {
    assertThat(price).isNotNull();
    assertThat(rounded(price.exclVat())).isEqualTo(exclVat);
    assertThat(rounded(price.inclVat())).isEqualTo(inclVat);
  }

  static String rounded(BigDecimal value) {
    return value.setScale(4, RoundingMode.HALF_UP).toPlainString();
  }
}
