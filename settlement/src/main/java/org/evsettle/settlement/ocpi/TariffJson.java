package org.evsettle.settlement.ocpi;

import java.time.DayOfWeek;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;

/** Reads an OCPI 2.2.1 Tariff object, standing alone or embedded in a CDR. */
final class TariffJson {

  private TariffJson() {}

  static Tariff read(JsonFields json) {
    return new Tariff(
        json.text("country_code", false),
        json.text("party_id", false),
        json.text("id", true),
        currency(json, "currency"),
        json.oneOf("type", TariffType.class, false),
        json.objects("elements", true).stream().map(TariffJson::element).toList(),
        price(json.object("min_price")),
        price(json.object("max_price")),
        json.instant("start_date_time", false),
        json.instant("end_date_time", false),
        json.instant("last_updated", false));
  }

  static String currency(JsonFields json, String name) {
    String code = json.text(name, true);
    try {
      return Currency.getInstance(code).getCurrencyCode();
    } catch (IllegalArgumentException e) {
      throw json.invalid(name, "\"" + code + "\" is not an ISO 4217 currency code");
    }
  }

  static OcpiPrice price(JsonFields json) {
    return json == null
        ? null
        : new OcpiPrice(json.amount("excl_vat", true), json.amount("incl_vat", false));
  }

  private static TariffElement element(JsonFields json) {
    List<PriceComponent> components =
        json.objects("price_components", true).stream().map(TariffJson::component).toList();
    JsonFields restrictions = json.object("restrictions");
    return new TariffElement(components, restrictions == null ? null : restrictions(restrictions));
  }

  private static PriceComponent component(JsonFields json) {
    return new PriceComponent(
        json.oneOf("type", TariffDimensionType.class, true),
        json.amount("price", true),
        json.amount("vat", false),
        json.count("step_size", true));
  }

  private static TariffRestrictions restrictions(JsonFields json) {
    return new TariffRestrictions(
        json.time("start_time"),
        json.time("end_time"),
        json.date("start_date"),
        json.date("end_date"),
        json.amount("min_kwh", false),
        json.amount("max_kwh", false),
        json.amount("min_current", false),
        json.amount("max_current", false),
        json.amount("min_power", false),
        json.amount("max_power", false),
        json.count("min_duration", false),
        json.count("max_duration", false),
        new HashSet<>(json.listOf("day_of_week", DayOfWeek.class)),
        json.oneOf("reservation", ReservationRestrictionType.class, false));
  }
}
