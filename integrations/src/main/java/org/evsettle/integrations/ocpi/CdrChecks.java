package org.evsettle.integrations.ocpi;

import static org.evsettle.integrations.ocpi.OcpiChecks.array;
import static org.evsettle.integrations.ocpi.OcpiChecks.currency;
import static org.evsettle.integrations.ocpi.OcpiChecks.dateTime;
import static org.evsettle.integrations.ocpi.OcpiChecks.number;
import static org.evsettle.integrations.ocpi.OcpiChecks.object;
import static org.evsettle.integrations.ocpi.OcpiChecks.oneOf;
import static org.evsettle.integrations.ocpi.OcpiChecks.optionalBoolean;
import static org.evsettle.integrations.ocpi.OcpiChecks.optionalText;
import static org.evsettle.integrations.ocpi.OcpiChecks.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.regex.Pattern;
import org.evsettle.integrations.csv.FieldProblem;
import org.evsettle.settlement.domain.RejectionCode;

/**
 * The required fields of an OCPI 2.2.1 CDR object and their types, checked in the order the
 * specification lists them, so a CDR with several faults always gets the same reason. Optional
 * parts are checked when present: embedded tariffs, signed data, the credit reference.
 */
final class CdrChecks {

  // GeoLocation as OCPI writes it: decimal degrees with 5 to 7 decimals
  private static final Pattern LATITUDE = Pattern.compile("-?[0-9]{1,2}\\.[0-9]{5,7}");
  private static final Pattern LONGITUDE = Pattern.compile("-?[0-9]{1,3}\\.[0-9]{5,7}");

  private CdrChecks() {}

  static Cdr check(JsonNode cdr) {
    text(cdr, "", "country_code", 2);
    text(cdr, "", "party_id", 3);
    String id = text(cdr, "", "id", 39);
    Instant start = dateTime(cdr, "", "start_date_time");
    Instant end = dateTime(cdr, "", "end_date_time");
    optionalText(cdr, "", "session_id", 36);
    JsonNode token = object(cdr, "", "cdr_token");
    String uid = text(token, "cdr_token.", "uid", 36);
    oneOf(token, "cdr_token.", "type", OcpiEnums.TOKEN_TYPE);
    text(token, "cdr_token.", "contract_id", 36);
    oneOf(cdr, "", "auth_method", OcpiEnums.AUTH_METHOD);
    JsonNode location = object(cdr, "", "cdr_location");
    String[] evse = location(location);
    currency(cdr, "", "currency");
    JsonNode tariffs = cdr.get("tariffs");
    if (tariffs != null && !tariffs.isNull()) {
      JsonNode list = array(cdr, "", "tariffs", 0);
      for (int i = 0; i < list.size(); i++) {
        TariffChecks.check(list.get(i), "tariffs[" + i + "].");
      }
    }
    chargingPeriods(array(cdr, "", "charging_periods", 1));
    if (cdr.has("signed_data") && !cdr.get("signed_data").isNull()) {
      signedData(object(cdr, "", "signed_data"));
    }
    number(object(cdr, "", "total_cost"), "total_cost.", "excl_vat");
    BigDecimal energy = number(cdr, "", "total_energy");
    number(cdr, "", "total_time");
    String credited = null;
    if (optionalBoolean(cdr, "", "credit")) {
      credited = text(cdr, "", "credit_reference_id", 39);
    }
    dateTime(cdr, "", "last_updated");
    if (!end.isAfter(start) && credited == null) {
      throw new FieldProblem(
          RejectionCode.END_NOT_AFTER_START,
          "end_date_time",
          "end_date_time " + end + " is not after start_date_time " + start);
    }
    return new Cdr(id, start, end, energy, uid, evse[0], evse[1], credited, cdr);
  }

  /** Checks the location; returns its EVSE's uid and id, by which the charger is found. */
  private static String[] location(JsonNode location) {
    String p = "cdr_location.";
    text(location, p, "id", 36);
    text(location, p, "address", 45);
    text(location, p, "city", 45);
    text(location, p, "country", 3);
    JsonNode coordinates = object(location, p, "coordinates");
    coordinate(coordinates, p + "coordinates.", "latitude", 10, LATITUDE);
    coordinate(coordinates, p + "coordinates.", "longitude", 11, LONGITUDE);
    String evseUid = text(location, p, "evse_uid", 36);
    String evseId = text(location, p, "evse_id", 48);
    text(location, p, "connector_id", 36);
    oneOf(location, p, "connector_standard", OcpiEnums.CONNECTOR_TYPE);
    oneOf(location, p, "connector_format", OcpiEnums.CONNECTOR_FORMAT);
    oneOf(location, p, "connector_power_type", OcpiEnums.POWER_TYPE);
    return new String[] {evseUid, evseId};
  }

  private static void coordinate(
      JsonNode coordinates, String path, String name, int length, Pattern format) {
    String value = text(coordinates, path, name, length);
    if (!format.matcher(value).matches()) {
      throw FieldProblem.unparsable(path + name, value, "decimal degrees like 39.90421");
    }
  }

  private static void chargingPeriods(JsonNode periods) {
    for (int i = 0; i < periods.size(); i++) {
      String p = "charging_periods[" + i + "].";
      JsonNode period = periods.get(i);
      dateTime(period, p, "start_date_time");
      JsonNode dimensions = array(period, p, "dimensions", 1);
      for (int d = 0; d < dimensions.size(); d++) {
        String dp = p + "dimensions[" + d + "].";
        oneOf(dimensions.get(d), dp, "type", OcpiEnums.CDR_DIMENSION_TYPE);
        number(dimensions.get(d), dp, "volume");
      }
      optionalText(period, p, "tariff_id", 36);
    }
  }

  private static void signedData(JsonNode signed) {
    String p = "signed_data.";
    text(signed, p, "encoding_method", 36);
    JsonNode values = array(signed, p, "signed_values", 1);
    for (int i = 0; i < values.size(); i++) {
      String vp = p + "signed_values[" + i + "].";
      text(values.get(i), vp, "nature", 32);
      // plain_data is often left empty when signed_data holds the whole OCMF text
      JsonNode plain = values.get(i).get("plain_data");
      if (plain != null && !plain.isNull() && !plain.asText().isEmpty()) {
        text(values.get(i), vp, "plain_data", 512);
      }
      text(values.get(i), vp, "signed_data", 5000);
    }
  }
}
