package org.evsettle.settlement.ocmf;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The payload section of an OCMF dataset, with the field names of the specification. Vendor
 * extensions (keys starting with U to Z) and fields of later versions are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OcmfPayload(
    @JsonProperty("FV") String formatVersion,
    @JsonProperty("GI") String gatewayIdentification,
    @JsonProperty("GS") String gatewaySerial,
    @JsonProperty("GV") String gatewayVersion,
    @JsonProperty("PG") String pagination,
    @JsonProperty("MV") String meterVendor,
    @JsonProperty("MM") String meterModel,
    @JsonProperty("MS") String meterSerial,
    @JsonProperty("MF") String meterFirmware,
    @JsonProperty("IS") Boolean identificationStatus,
    @JsonProperty("IL") String identificationLevel,
    @JsonProperty("IF") List<String> identificationFlags,
    @JsonProperty("IT") String identificationType,
    @JsonProperty("ID") String identificationData,
    @JsonProperty("CT") String chargePointIdType,
    @JsonProperty("CI") String chargePointId,
    @JsonProperty("TT") String tariffText,
    @JsonProperty("RD") List<OcmfReading> readings) {

  public OcmfPayload {
    identificationFlags =
        identificationFlags == null ? List.of() : List.copyOf(identificationFlags);
    readings = readings == null ? List.of() : readings.stream().filter(r -> r != null).toList();
  }
}
