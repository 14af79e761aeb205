package org.evsettle.rules.engine;

import java.time.Instant;
import org.evsettle.settlement.ocpi.OcpiJson;

/**
 * Small OCPI 2.2.1 Tariff and CDR objects written by hand for tests: a CDR of one hour-long
 * charging period that states its energy and, if given, its total cost; a tariff of the elements
 * given.
 */
final class OcpiDocuments {

  private OcpiDocuments() {}

  /** A tariff; {@code elements} is the JSON of its elements, comma separated. */
  static String tariff(String id, String currency, String lastUpdated, String elements) {
    return """
        {"country_code": "GB", "party_id": "OP1", "id": "%s", "currency": "%s",
         "elements": [%s], "last_updated": "%s"}"""
        .formatted(id, currency, elements, lastUpdated);
  }

  /** An element of one price component ({@code vat} null: none), without restrictions. */
  static String element(String type, String price, String vat) {
    return "{\"price_components\": [" + component(type, price, vat) + "]}";
  }

  static String component(String type, String price, String vat) {
    return "{\"type\": \""
        + type
        + "\", \"price\": "
        + price
        + (vat == null ? "" : ", \"vat\": " + vat)
        + ", \"step_size\": 1}";
  }

  /**
   * A CDR of one charging period of an hour from {@code start} (UTC, ISO-8601) delivering {@code
   * kwh}, its period naming {@code tariffId} (null: none); the total cost stated when {@code
   * statedExcl} is not null; {@code embedded} the JSON of the tariffs it carries, comma separated.
   */
  static String cdr(
      String currency,
      String start,
      String tariffId,
      String kwh,
      String statedExcl,
      String statedIncl,
      String embedded) {
    String end = Instant.parse(start).plusSeconds(3600).toString();
    return """
        {"id": "CDR-%s", "start_date_time": "%s", "end_date_time": "%s", "currency": "%s",
         "tariffs": [%s],
         "charging_periods": [{"start_date_time": "%s",%s
           "dimensions": [{"type": "ENERGY", "volume": %s}]}],
         %s"total_energy": %s, "last_updated": "%s"}"""
        .formatted(
            start,
            start,
            end,
            currency,
            embedded,
            start,
            tariffId == null ? "" : " \"tariff_id\": \"" + tariffId + "\",",
            kwh,
            statedExcl == null
                ? ""
                : "\"total_cost\": {\"excl_vat\": "
                    + statedExcl
                    + ", \"incl_vat\": "
                    + statedIncl
                    + "}, ",
            kwh,
            end);
  }

  static String idOf(String tariffJson) {
    return OcpiJson.parseTariff(tariffJson, "test").id();
  }

  static Instant lastUpdatedOf(String tariffJson) {
    return OcpiJson.parseTariff(tariffJson, "test").lastUpdated();
  }
}
