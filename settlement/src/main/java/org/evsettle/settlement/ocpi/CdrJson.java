package org.evsettle.settlement.ocpi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reads the fields of an OCPI 2.2.1 CDR that pricing needs. */
final class CdrJson {

  private CdrJson() {}

  static Cdr read(JsonFields json) {
    Instant start = json.instant("start_date_time", true);
    Instant end = json.instant("end_date_time", true);
    if (end.isBefore(start)) {
      throw json.invalid("end_date_time", "before start_date_time " + start);
    }
    List<JsonFields> periodsJson = json.objects("charging_periods", true);
    List<ChargingPeriod> periods = new ArrayList<>();
    for (int i = 0; i < periodsJson.size(); i++) {
      ChargingPeriod period = period(periodsJson.get(i));
      if (!periods.isEmpty()
          && period.startDateTime().isBefore(periods.get(i - 1).startDateTime())) {
        throw json.invalid(
            "charging_periods[" + i + "].start_date_time",
            "before the start of the period before it; periods must be in time order");
      }
      if (period.startDateTime().isAfter(end)) {
        throw json.invalid(
            "charging_periods[" + i + "].start_date_time", "after the session's end_date_time");
      }
      periods.add(period);
    }
    return new Cdr(
        json.text("id", false),
        start,
        end,
        TariffJson.currency(json, "currency"),
        periods,
        json.objects("tariffs", false).stream().map(TariffJson::read).toList(),
        totals(json));
  }

  private static ChargingPeriod period(JsonFields json) {
    List<CdrDimension> dimensions =
        json.objects("dimensions", true).stream()
            .map(
                d ->
                    new CdrDimension(
                        d.oneOf("type", CdrDimensionType.class, true), d.decimal("volume", true)))
            .toList();
    return new ChargingPeriod(
        json.instant("start_date_time", true), dimensions, json.text("tariff_id", false));
  }

  private static SessionTotals totals(JsonFields json) {
    return new SessionTotals(
        TariffJson.price(json.object("total_cost")),
        json.decimal("total_energy", false),
        TariffJson.price(json.object("total_energy_cost")),
        json.decimal("total_time", false),
        TariffJson.price(json.object("total_time_cost")),
        json.decimal("total_parking_time", false),
        TariffJson.price(json.object("total_parking_cost")),
        TariffJson.price(json.object("total_fixed_cost")),
        TariffJson.price(json.object("total_reservation_cost")));
  }
}
