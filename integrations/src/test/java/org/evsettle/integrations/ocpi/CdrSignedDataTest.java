package org.evsettle.integrations.ocpi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Which signed value of a CDR a session keeps, and in what form. */
class CdrSignedDataTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode signed(String encoding, String... values) throws Exception {
    return JSON.readTree(
        "{\"encoding_method\":\""
            + encoding
            + "\",\"signed_values\":["
            + String.join(",", values)
            + "]}");
  }

  private static String value(String nature, String plain, String signed) {
    return "{\"nature\":\""
        + nature
        + "\",\"plain_data\":"
        + JSON.valueToTree(plain)
        + ",\"signed_data\":"
        + JSON.valueToTree(signed)
        + "}";
  }

  @Test
  void theOcmfTextOfTheEndValueIsKeptWhereverItStands() throws Exception {
    JsonNode data =
        signed(
            "OCMF",
            value("Start", "", "OCMF|{\"RD\":[{\"RV\":1000}]}|{\"SD\":\"01\"}"),
            value("End", "", "OCMF|{\"RD\":[{\"RV\":1010}]}|{\"SD\":\"02\"}"),
            value("Intermediate", "", "OCMF|{\"RD\":[{\"RV\":1005}]}|{\"SD\":\"03\"}"));
    assertThat(CdrSignedData.of(data)).isEqualTo("OCMF|{\"RD\":[{\"RV\":1010}]}|{\"SD\":\"02\"}");
  }

  @Test
  void withoutAnEndValueTheLastIsKept() throws Exception {
    JsonNode data =
        signed(
            "OCMF",
            value("Start", "", "OCMF|{\"RV\":1}|{\"SD\":\"01\"}"),
            value("Intermediate", "", "OCMF|{\"RV\":2}|{\"SD\":\"02\"}"));
    assertThat(CdrSignedData.of(data)).isEqualTo("OCMF|{\"RV\":2}|{\"SD\":\"02\"}");
  }

  @Test
  void aPayloadInPlainDataAndItsSignatureInSignedDataAreJoinedIntoOcmfText() throws Exception {
    JsonNode data = signed("OCMF", value("end", "{\"RV\":7}", "{\"SA\":\"ECDSA\",\"SD\":\"0A\"}"));
    assertThat(CdrSignedData.of(data))
        .isEqualTo("OCMF|{\"RV\":7}|{\"SA\":\"ECDSA\",\"SD\":\"0A\"}");
  }

  @Test
  void anotherEncodingKeepsTheRawValueUnderItsName() throws Exception {
    JsonNode data = signed("Alfen Eichrecht", value("End", "", "AP;0;3;ALCV3ABBBISHMA2RYN"));
    assertThat(CdrSignedData.of(data)).isEqualTo("Alfen Eichrecht|AP;0;3;ALCV3ABBBISHMA2RYN");
  }

  @Test
  void noSignedDataIsNone() {
    assertThat(CdrSignedData.of(null)).isNull();
  }
}
