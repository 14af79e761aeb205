package org.evsettle.features.stepdef.ocpi;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.evsettle.settlement.domain.CurrentType;

/**
 * An operator's OCPI 2.2.1 files as a scenario builds them: its tariffs (every version it
 * published, in {@code tariffs.json}) and its CDRs (in {@code cdrs.json}), each object with the
 * fields ingest requires. A CDR has one charging period, of its energy, naming its tariff.
 */
final class OcpiDocuments {

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
  private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

  private final String operator;
  private final List<ObjectNode> tariffs = new ArrayList<>();
  private final List<ObjectNode> cdrs = new ArrayList<>();

  OcpiDocuments(String operator) {
    this.operator = operator;
  }

  /** A price component: {@code vat} null when no VAT applies; energy priced per Wh step. */
  static ObjectNode component(String type, String price, String vat) {
    ObjectNode c = JSON.createObjectNode();
    c.put("type", type);
    c.put("price", new BigDecimal(price));
    if (vat != null) {
      c.put("vat", new BigDecimal(vat));
    }
    c.put("step_size", 1);
    return c;
  }

  /** A tariff element of these components, restricted to a local time of day when given. */
  static ObjectNode element(String startTime, String endTime, ObjectNode... components) {
    ObjectNode e = JSON.createObjectNode();
    ArrayNode list = e.putArray("price_components");
    for (ObjectNode c : components) {
      list.add(c);
    }
    if (startTime != null) {
      e.putObject("restrictions").put("start_time", startTime).put("end_time", endTime);
    }
    return e;
  }

  /** A version of a tariff, as published at {@code lastUpdated}. */
  void tariff(String id, String currency, Instant lastUpdated, ObjectNode... elements) {
    ObjectNode t = JSON.createObjectNode();
    t.put("country_code", "GB");
    t.put("party_id", operator);
    t.put("id", id);
    t.put("currency", currency);
    ArrayNode list = t.putArray("elements");
    for (ObjectNode e : elements) {
      list.add(e);
    }
    t.put("last_updated", lastUpdated.toString());
    tariffs.add(t);
  }

  /** A CDR of a session on an EVSE (the charger's id), with the total cost it states. */
  void cdr(
      String id,
      String charger,
      CurrentType current,
      Instant start,
      Instant end,
      String kwh,
      String tariff,
      String currency,
      String statedExclVat,
      String statedInclVat) {
    boolean dc = current == CurrentType.DC;
    ObjectNode c = JSON.createObjectNode();
    c.put("country_code", "GB");
    c.put("party_id", operator);
    c.put("id", id);
    c.put("start_date_time", start.toString());
    c.put("end_date_time", end.toString());
    c.putObject("cdr_token")
        .put("country_code", "GB")
        .put("party_id", operator)
        .put("uid", "CARD-" + id)
        .put("type", "RFID")
        .put("contract_id", "GB-" + operator + "-C00001-7");
    c.put("auth_method", "WHITELIST");
    ObjectNode location = c.putObject("cdr_location");
    location
        .put("id", "LOC-1")
        .put("address", "1 Camden Road")
        .put("city", "London")
        .put("country", "GBR");
    location.putObject("coordinates").put("latitude", "51.54100").put("longitude", "-0.14300");
    location
        .put("evse_uid", charger)
        .put("evse_id", "GB*" + operator + "*E" + charger)
        .put("connector_id", "1")
        .put("connector_standard", dc ? "IEC_62196_T2_COMBO" : "IEC_62196_T2")
        .put("connector_format", dc ? "CABLE" : "SOCKET")
        .put("connector_power_type", dc ? "DC" : "AC_3_PHASE");
    c.put("currency", currency);
    ObjectNode period = c.putArray("charging_periods").addObject();
    period.put("start_date_time", start.toString());
    period.put("tariff_id", tariff);
    period
        .putArray("dimensions")
        .addObject()
        .put("type", "ENERGY")
        .put("volume", new BigDecimal(kwh));
    c.putObject("total_cost")
        .put("excl_vat", new BigDecimal(statedExclVat))
        .put("incl_vat", new BigDecimal(statedInclVat));
    c.put("total_energy", new BigDecimal(kwh));
    c.put(
        "total_time",
        BigDecimal.valueOf(Duration.between(start, end).toSeconds())
            .divide(SECONDS_PER_HOUR, MathContext.DECIMAL64));
    c.put("last_updated", end.plusSeconds(60).toString());
    cdrs.add(c);
  }

  /** Writes the files into the operator's folder of the inbox, as a JSON array each. */
  void writeInto(Path inbox) {
    Path folder = inbox.resolve("operators").resolve(operator);
    try {
      Files.createDirectories(folder);
      if (!tariffs.isEmpty()) {
        JSON.writeValue(folder.resolve("tariffs.json").toFile(), tariffs);
      }
      if (!cdrs.isEmpty()) {
        JSON.writeValue(folder.resolve("cdrs.json").toFile(), cdrs);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
