package org.evsettle.rules.model;

import java.math.BigDecimal;

/**
 * What a session's signed meter values (OCMF) show, as the rules see it: whether they verify
 * against the charger's registered meter key and serial and agree with the reported energy within
 * the pack's {@code meter energy tolerance}, the verifier's reason in a sentence, and the energy
 * the meter signed (null when it could not be read).
 */
public final class MeterValues {

  /** The verifier's verdict. */
  public enum Status {
    /** Signature, meter serial, readings and energy all check out. */
    VERIFIED,
    /** The data could be read and something in it is wrong. */
    FAILED,
    /** The data could not be checked: missing, undecodable, or no key registered. */
    UNVERIFIABLE
  }

  private final Status status;
  private final String reason;
  private final BigDecimal signedEnergyKwh;

  public MeterValues(Status status, String reason, BigDecimal signedEnergyKwh) {
    this.status = status;
    this.reason = reason;
    this.signedEnergyKwh = signedEnergyKwh;
  }

  public Status getStatus() {
    return status;
  }

  public String getReason() {
    return reason;
  }

  public BigDecimal getSignedEnergyKwh() {
    return signedEnergyKwh;
  }

  public boolean isVerified() {
    return status == Status.VERIFIED;
  }

  @Override
  public String toString() {
    return status + ": " + reason;
  }
}
