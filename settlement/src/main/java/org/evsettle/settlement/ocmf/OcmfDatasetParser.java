package org.evsettle.settlement.ocmf;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** Splits and decodes OCMF text into {@link OcmfDataset}s. */
public final class OcmfDatasetParser {

  private static final String HEADER = "OCMF";

  /** A session may carry its begin and end datasets one after the other. */
  private static final Pattern NEXT_DATASET = Pattern.compile("(?<=\\})\\s*(?=OCMF\\|)");

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
          .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, false)
          // Some gateways write a single identification flag without the array around it.
          .configure(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY, true);

  private OcmfDatasetParser() {}

  /**
   * The datasets in a text that holds one or more {@code OCMF|payload|signature} datasets, one
   * after the other (whitespace between them allowed). Blank text gives an empty list.
   */
  public static List<String> split(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return Arrays.stream(NEXT_DATASET.split(text.strip())).map(String::strip).toList();
  }

  /** Decodes one dataset; the payload is kept byte for byte as it stands between the pipes. */
  public static OcmfDataset parse(String text) throws OcmfDecodeException {
    if (text == null || text.isBlank()) {
      throw new OcmfDecodeException("no signed data");
    }
    String trimmed = text.strip();
    if (!trimmed.startsWith(HEADER + "|")) {
      throw new OcmfDecodeException("not an OCMF dataset (it does not start with OCMF|)");
    }
    // The specification forbids the pipe inside sections, so exactly three sections remain.
    String[] sections = trimmed.split("\\|", -1);
    if (sections.length != 3) {
      throw new OcmfDecodeException(
          "expected OCMF|payload|signature, found " + sections.length + " sections");
    }
    OcmfPayload payload = read(sections[1], OcmfPayload.class, "payload");
    OcmfSignature signature = read(sections[2], OcmfSignature.class, "signature section");
    if (signature.data() == null || signature.data().isBlank()) {
      throw new OcmfDecodeException("the signature section has no signature data (SD)");
    }
    return new OcmfDataset(sections[1], payload, signature);
  }

  private static <T> T read(String json, Class<T> type, String what) throws OcmfDecodeException {
    try {
      T value = JSON.readValue(json, type);
      if (value == null) {
        throw new OcmfDecodeException("the " + what + " is empty");
      }
      return value;
    } catch (JsonProcessingException e) {
      throw new OcmfDecodeException(
          "the " + what + " is not valid OCMF JSON: " + e.getOriginalMessage());
    }
  }
}
