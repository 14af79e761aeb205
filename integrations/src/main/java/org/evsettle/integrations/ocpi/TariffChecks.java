package org.evsettle.integrations.ocpi;

import static org.evsettle.integrations.ocpi.OcpiChecks.array;
import static org.evsettle.integrations.ocpi.OcpiChecks.currency;
import static org.evsettle.integrations.ocpi.OcpiChecks.dateTime;
import static org.evsettle.integrations.ocpi.OcpiChecks.integer;
import static org.evsettle.integrations.ocpi.OcpiChecks.number;
import static org.evsettle.integrations.ocpi.OcpiChecks.oneOf;
import static org.evsettle.integrations.ocpi.OcpiChecks.text;

import com.fasterxml.jackson.databind.JsonNode;
import org.evsettle.integrations.csv.FieldProblem;
import org.evsettle.settlement.domain.RejectionCode;

/**
 * The required fields of an OCPI 2.2.1 Tariff object, in the order the specification lists them:
 * country_code, party_id, id, currency, elements (at least one, each with at least one price
 * component of a type, a price and a step size), last_updated.
 */
final class TariffChecks {

  private TariffChecks() {}

  /** Checks a tariff, whose fields are named under {@code path} (empty, or {@code tariffs[0].}). */
  static void check(JsonNode tariff, String path) {
    text(tariff, path, "country_code", 2);
    text(tariff, path, "party_id", 3);
    text(tariff, path, "id", 36);
    currency(tariff, path, "currency");
    JsonNode elements = array(tariff, path, "elements", 1);
    for (int e = 0; e < elements.size(); e++) {
      String element = path + "elements[" + e + "].";
      JsonNode components = array(elements.get(e), element, "price_components", 1);
      for (int c = 0; c < components.size(); c++) {
        String component = element + "price_components[" + c + "].";
        JsonNode pc = components.get(c);
        oneOf(pc, component, "type", OcpiEnums.TARIFF_DIMENSION_TYPE);
        if (number(pc, component, "price").signum() < 0) {
          throw new FieldProblem(
              RejectionCode.OUT_OF_RANGE, component + "price", component + "price is negative");
        }
        if (integer(pc, component, "step_size") < 0) {
          throw new FieldProblem(
              RejectionCode.OUT_OF_RANGE,
              component + "step_size",
              component + "step_size is negative");
        }
      }
    }
    dateTime(tariff, path, "last_updated");
  }
}
