package org.evsettle.settlement.ocmf;

import java.math.BigDecimal;

/**
 * What the verifier concluded about a session's signed meter values, with the reason in a sentence
 * an auditor can read, and the meter's own begin, end and energy in kWh where they could be read.
 */
public record OcmfVerdict(
    Status status, String reason, BigDecimal beginKwh, BigDecimal endKwh, BigDecimal energyKwh) {

  public enum Status {
    /** Signature, meter, readings and energy all check out. */
    VERIFIED,
    /** The data could be read and something in it is wrong. */
    FAILED,
    /** The data could not be checked at all: missing, undecodable, no key. */
    UNVERIFIABLE
  }

  static OcmfVerdict unverifiable(String reason) {
    return new OcmfVerdict(Status.UNVERIFIABLE, reason, null, null, null);
  }

  static OcmfVerdict of(Status status, String reason, SessionReadings readings) {
    return new OcmfVerdict(
        status, reason, readings.beginKwh(), readings.endKwh(), readings.energyKwh());
  }

  public boolean verified() {
    return status == Status.VERIFIED;
  }
}
