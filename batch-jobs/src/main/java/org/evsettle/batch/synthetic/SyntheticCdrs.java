package org.evsettle.batch.synthetic;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * A generated session as an OCPI 2.2.1 CDR on one line, with every field the CDR object requires:
 * what an operator's OCPI back office would deliver as {@code cdrs*.json} for the same charging.
 * Its total cost is left at 0: the Beijing pack, which settles it, does not price CDRs.
 */
final class SyntheticCdrs {

  private SyntheticCdrs() {}

  /** The meter's OCMF text as the CDR's End value, whole in its signed_data; none if unsigned. */
  private static String signedData(String ocmf) {
    if (ocmf == null || ocmf.isEmpty()) {
      return "";
    }
    return ",\"signed_data\":{\"encoding_method\":\"OCMF\",\"signed_values\":[{\"nature\":"
        + "\"End\",\"plain_data\":\"\",\"signed_data\":\""
        + new String(JsonStringEncoder.getInstance().quoteAsString(ocmf))
        + "\"}]}";
  }

  static String cdr(
      String id,
      String operator,
      String charger,
      Instant start,
      Instant end,
      BigDecimal kwh,
      int card,
      String signedData) {
    String hours =
        BigDecimal.valueOf(Duration.between(start, end).toSeconds())
            .divide(BigDecimal.valueOf(3600), 4, java.math.RoundingMode.HALF_UP)
            .stripTrailingZeros()
            .toPlainString();
    String party = operator.length() <= 3 ? operator : operator.substring(0, 3);
    return "{\"country_code\":\"CN\",\"party_id\":\""
        + party
        + "\",\"id\":\""
        + id
        + "\",\"start_date_time\":\""
        + start
        + "\",\"end_date_time\":\""
        + end
        + "\",\"cdr_token\":{\"country_code\":\"CN\",\"party_id\":\""
        + party
        + "\",\"uid\":\"card-"
        + card
        + "\",\"type\":\"RFID\",\"contract_id\":\"CN-"
        + party
        + "-"
        + card
        + "\"},\"auth_method\":\"WHITELIST\",\"cdr_location\":{\"id\":\"LOC-"
        + charger
        + "\",\"address\":\"1 Chang'an Avenue\",\"city\":\"Beijing\",\"country\":\"CHN\","
        + "\"coordinates\":{\"latitude\":\"39.90421\",\"longitude\":\"116.40739\"},"
        + "\"evse_uid\":\""
        + charger
        + "\",\"evse_id\":\"CN*"
        + charger
        + "\",\"connector_id\":\"1\",\"connector_standard\":\"GBT_DC\","
        + "\"connector_format\":\"CABLE\",\"connector_power_type\":\"DC\"},"
        + "\"currency\":\"CNY\",\"charging_periods\":[{\"start_date_time\":\""
        + start
        + "\",\"dimensions\":[{\"type\":\"ENERGY\",\"volume\":"
        + kwh.toPlainString()
        + "}]}],\"total_cost\":{\"excl_vat\":0},\"total_energy\":"
        + kwh.toPlainString()
        + ",\"total_time\":"
        + hours
        + signedData(signedData)
        + ",\"last_updated\":\""
        + end
        + "\"}";
  }
}
