package org.evsettle.settlement.ocpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading tariffs and CDRs: what is read, and the reason given for what cannot be. */
class OcpiJsonTest {

  @TempDir Path dir;

  @Test
  void readsEveryRestrictionOfATariff() {
    Tariff t =
        OcpiJson.parseTariff(
            """
            {"id": "X", "currency": "EUR", "type": "REGULAR", "country_code": "NL", "party_id": "TDR",
             "start_date_time": "2024-01-01T00:00:00Z", "min_price": {"excl_vat": 1, "incl_vat": 1.21},
             "elements": [{"price_components": [{"type": "TIME", "price": 0.1, "vat": 21, "step_size": 60}],
               "restrictions": {"start_time": "22:00", "end_time": "06:00", "start_date": "2024-01-01",
                 "end_date": "2025-01-01", "min_kwh": 1, "max_kwh": 50.5, "min_current": 6, "max_current": 32,
                 "min_power": 3.7, "max_power": 22, "min_duration": 600, "max_duration": 7200,
                 "day_of_week": ["MONDAY", "FRIDAY"], "reservation": "RESERVATION"}}],
             "last_updated": "2024-01-01T00:00:00Z"}""",
            "x");
    TariffRestrictions r = t.elements().get(0).restrictions();
    assertThat(r.startTime()).isEqualTo(LocalTime.of(22, 0));
    assertThat(r.maxKwh()).isEqualByComparingTo("50.5");
    assertThat(r.minDuration()).isEqualTo(600L);
    assertThat(r.dayOfWeek()).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    assertThat(r.reservation()).isEqualTo(ReservationRestrictionType.RESERVATION);
    // 0.1 read exactly, not as the double nearest to it
    assertThat(t.elements().get(0).priceComponents().get(0).price())
        .isEqualTo(new BigDecimal("0.1"));
    assertThat(t.minPrice().inclVat()).isEqualByComparingTo("1.21");
    assertThat(t.startDateTime()).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
  }

  @Test
  void anUnknownDimensionTypeIsNamedWithItsElementAndComponent() {
    assertThatThrownBy(
            () ->
                OcpiJson.parseTariff(
                    """
                    {"id": "X", "currency": "EUR", "elements": [
                      {"price_components": [{"type": "ENERGY", "price": 0.1, "step_size": 1}]},
                      {"price_components": [{"type": "KWH", "price": 0.1, "step_size": 1}]}]}""",
                    "t.json"))
        .isInstanceOf(OcpiFormatException.class)
        .hasMessage(
            "t.json: elements[1].price_components[0].type: \"KWH\" is not one of ENERGY, FLAT,"
                + " PARKING_TIME, TIME");
  }

  @Test
  void missingWrongAndNegativeFieldsAreNamed() {
    assertThat(tariffError("{\"type\": \"ENERGY\", \"step_size\": 1}", ""))
        .isEqualTo("t: elements[0].price_components[0].price: required, missing");
    assertThat(tariffError("{\"type\": \"ENERGY\", \"price\": \"0.25\", \"step_size\": 1}", ""))
        .isEqualTo("t: elements[0].price_components[0].price: expected a number, got \"0.25\"");
    assertThat(tariffError("{\"type\": \"ENERGY\", \"price\": -1, \"step_size\": 1}", ""))
        .isEqualTo("t: elements[0].price_components[0].price: must not be negative, got -1");
    assertThat(tariffError("{\"type\": \"TIME\", \"price\": 1, \"step_size\": 1.5}", ""))
        .isEqualTo(
            "t: elements[0].price_components[0].step_size: expected a whole number, got 1.5");
    assertThat(
            tariffError(
                "{\"type\": \"TIME\", \"price\": 1, \"step_size\": 1}",
                ", \"restrictions\": {\"start_time\": \"25:00\"}"))
        .isEqualTo(
            "t: elements[0].restrictions.start_time: expected a time of day like 13:30, got \"25:00\"");
    assertThat(
            tariffError(
                "{\"type\": \"TIME\", \"price\": 1, \"step_size\": 1}",
                ", \"restrictions\": {\"day_of_week\": [\"MONDAY\", \"MON\"]}"))
        .startsWith("t: elements[0].restrictions.day_of_week[1]: \"MON\" is not one of MONDAY,");
    assertThatThrownBy(
            () ->
                OcpiJson.parseTariff(
                    "{\"id\": \"X\", \"currency\": \"EUR\", \"elements\": []}", "t"))
        .hasMessage("t: elements: must hold at least one entry, is empty");
    assertThatThrownBy(
            () ->
                OcpiJson.parseTariff(
                    "{\"id\": \"X\", \"currency\": \"EURO\", \"elements\": []}", "t"))
        .hasMessage("t: currency: \"EURO\" is not an ISO 4217 currency code");
  }

  @Test
  void textThatIsNotJsonSaysWhere() {
    assertThatThrownBy(
            () ->
                OcpiJson.readTariff(
                    new StringReader("{\"id\": \"X\",\n  \"currency\" \"EUR\"}"), "t"))
        .isInstanceOf(OcpiFormatException.class)
        .hasMessageStartingWith("t: not valid JSON at line 2, column 14: ");
    assertThatThrownBy(() -> OcpiJson.parseTariff("[1, 2]", "t"))
        .hasMessage("t: a tariff must be a JSON object");
    assertThatThrownBy(() -> OcpiJson.parseCdr("", "c"))
        .hasMessage("c: empty, expected a CDR object");
  }

  @Test
  void aCdrsPeriodsMustBeInTimeOrderAndItsVolumesNumbers() {
    String outOfOrder =
        """
        {"start_date_time": "2024-03-01T10:00:00Z", "end_date_time": "2024-03-01T11:00:00Z",
         "currency": "EUR", "charging_periods": [
           {"start_date_time": "2024-03-01T10:30:00Z", "dimensions": [{"type": "ENERGY", "volume": 1}]},
           {"start_date_time": "2024-03-01T10:00:00Z", "dimensions": [{"type": "ENERGY", "volume": 1}]}]}""";
    assertThatThrownBy(() -> OcpiJson.parseCdr(outOfOrder, "c"))
        .hasMessage(
            "c: charging_periods[1].start_date_time: before the start of the period before it;"
                + " periods must be in time order");
    String badVolume = outOfOrder.replace("\"volume\": 1}]},", "\"volume\": null}]},");
    assertThatThrownBy(() -> OcpiJson.parseCdr(badVolume, "c"))
        .hasMessage("c: charging_periods[0].dimensions[0].volume: required, missing");
  }

  @Test
  void aFileIsNamedInItsErrors() throws Exception {
    Path file = dir.resolve("cdr.json");
    Files.writeString(file, "{\"start_date_time\": \"yesterday\"}");
    assertThatThrownBy(() -> OcpiJson.readCdr(file))
        .hasMessage(
            file
                + ": start_date_time: expected a date and time like 2015-06-29T20:39:09Z, got"
                + " \"yesterday\"");
    assertThatThrownBy(() -> OcpiJson.readCdr(dir.resolve("none.json")))
        .isInstanceOf(OcpiFormatException.class)
        .hasMessageStartingWith(dir.resolve("none.json") + ": cannot be read: ");
  }

  private static String tariffError(String component, String restrictions) {
    String json =
        "{\"id\": \"X\", \"currency\": \"EUR\", \"elements\": [{\"price_components\": ["
            + component
            + "]"
            + restrictions
            + "}]}";
    try {
      OcpiJson.parseTariff(json, "t");
      throw new AssertionError("expected a failure for " + json);
    } catch (OcpiFormatException e) {
      return e.getMessage();
    }
  }
}
