package org.evsettle.integrations.ocpi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/**
 * The signed meter data of a CDR as a session keeps it. For OCMF, the {@code
 * OCMF|payload|signature} text of the signed value of nature {@code End} (else the last one): OCPI
 * carries it whole in the value's {@code signed_data}, or the payload in {@code plain_data} and the
 * signature in {@code signed_data}. Other encodings keep the raw signed value, prefixed with the
 * encoding's name ({@code EDL40|...}) so that nobody reads it as OCMF.
 */
final class CdrSignedData {

  private static final String OCMF = "OCMF";

  private CdrSignedData() {}

  /** The session's signed data for a checked CDR's {@code signed_data}; null when there is none. */
  static String of(JsonNode signedData) {
    if (signedData == null || signedData.isNull()) {
      return null;
    }
    JsonNode values = signedData.get("signed_values");
    JsonNode chosen = values.get(values.size() - 1);
    for (JsonNode value : values) {
      if (value.get("nature").asText().equalsIgnoreCase("End")) {
        chosen = value;
        break;
      }
    }
    String signed = chosen.get("signed_data").asText();
    String encoding = signedData.get("encoding_method").asText();
    if (!encoding.toUpperCase(Locale.ROOT).equals(OCMF)) {
      return encoding + "|" + signed;
    }
    if (signed.startsWith(OCMF + "|")) {
      return signed;
    }
    JsonNode plain = chosen.get("plain_data");
    String payload = plain == null || plain.isNull() ? "" : plain.asText();
    return payload.startsWith(OCMF + "|")
        ? payload + "|" + signed
        : OCMF + "|" + payload + "|" + signed;
  }
}
