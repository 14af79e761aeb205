package org.evsettle.rules.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What a session's OCPI 2.2.1 CDR says it cost, beside what its tariff says it costs: whether the
 * session came from a CDR ({@link #isPresent}), whether it could be priced and, if not, why; the
 * tariff used and where it came from; the computed and the stated total cost excluding and
 * including VAT; their difference; the energy and the price per kWh including VAT, what drivers
 * pay. Amounts are in the CDR's currency, which is always the pack's when priced, at full scale.
 * Immutable: a value the engine computes once per session, on the first rule that asks.
 */
public final class OcpiCharge {

  /** Where the tariff came from: the operator's stored tariffs, or the CDR's own. */
  public static final String OPERATOR_TARIFF = "the operator's tariffs";

  public static final String EMBEDDED_TARIFF = "the CDR";

  private static final OcpiCharge ABSENT =
      new OcpiCharge(false, false, "no CDR", "the session was not sent as an OCPI CDR", null);

  private final boolean present;
  private final boolean priced;
  private final String reasonCategory;
  private final String reason;
  private final String currency;
  private String tariffId;
  private String tariffSource;
  private BigDecimal computedExclVat;
  private BigDecimal computedInclVat;
  private BigDecimal statedExclVat;
  private BigDecimal statedInclVat;
  private BigDecimal energyKwh;

  private OcpiCharge(
      boolean present, boolean priced, String reasonCategory, String reason, String currency) {
    this.present = present;
    this.priced = priced;
    this.reasonCategory = reasonCategory;
    this.reason = reason;
    this.currency = currency;
  }

  /** A session that did not come from a CDR (a CSV row): no OCPI figures. */
  public static OcpiCharge absent() {
    return ABSENT;
  }

  /**
   * A CDR that could not be priced: a short category to count it under ({@code "other currency"})
   * and the reason in full. {@code currency} and {@code tariffId} may be null.
   */
  public static OcpiCharge notPriced(
      String currency, String tariffId, String reasonCategory, String reason) {
    OcpiCharge c = new OcpiCharge(true, false, reasonCategory, reason, currency);
    c.tariffId = tariffId;
    return c;
  }

  /**
   * A CDR priced with a tariff: the computed total cost, the total the CDR states (either side of
   * it null when the CDR does not state it) and the energy priced.
   */
  public static OcpiCharge priced(
      String currency,
      String tariffId,
      String tariffSource,
      BigDecimal computedExclVat,
      BigDecimal computedInclVat,
      BigDecimal statedExclVat,
      BigDecimal statedInclVat,
      BigDecimal energyKwh) {
    OcpiCharge c = new OcpiCharge(true, true, null, null, currency);
    c.tariffId = tariffId;
    c.tariffSource = tariffSource;
    c.computedExclVat = computedExclVat;
    c.computedInclVat = computedInclVat;
    c.statedExclVat = statedExclVat;
    c.statedInclVat = statedInclVat;
    c.energyKwh = energyKwh;
    return c;
  }

  /** Whether the session came from an OCPI CDR. */
  public boolean isPresent() {
    return present;
  }

  /** Whether its tariff priced it (then every computed figure is known). */
  public boolean isPriced() {
    return priced;
  }

  /** Why it was not priced, short enough to count by; null when priced. */
  public String getReasonCategory() {
    return reasonCategory;
  }

  /** Why it was not priced, in full; null when priced. */
  public String getReason() {
    return reason;
  }

  /** The tariff that priced it, or the one its periods name when that could not. */
  public String getTariffId() {
    return tariffId;
  }

  /** {@link #OPERATOR_TARIFF} or {@link #EMBEDDED_TARIFF}; null when not priced. */
  public String getTariffSource() {
    return tariffSource;
  }

  /** The CDR's currency (ISO 4217), null when the CDR could not be read. */
  public String getCurrency() {
    return currency;
  }

  public BigDecimal getComputedExclVat() {
    return computedExclVat;
  }

  public BigDecimal getComputedInclVat() {
    return computedInclVat;
  }

  public BigDecimal getStatedExclVat() {
    return statedExclVat;
  }

  public BigDecimal getStatedInclVat() {
    return statedInclVat;
  }

  /** Stated minus computed, including VAT: positive when the CDR asks more than its tariff. */
  public BigDecimal getDifferenceInclVat() {
    return priced && statedInclVat != null ? statedInclVat.subtract(computedInclVat) : null;
  }

  /** The energy the tariff priced (the CDR's ENERGY dimensions), in kWh. */
  public BigDecimal getEnergyKwh() {
    return energyKwh;
  }

  /**
   * The computed total including VAT per kWh, to 6 decimals; null when not priced or no energy was
   * charged.
   */
  public BigDecimal getPricePerKwhInclVat() {
    return priced && energyKwh.signum() > 0
        ? computedInclVat.divide(energyKwh, 6, RoundingMode.HALF_EVEN)
        : null;
  }

  /**
   * Whether the stated total including VAT differs from the computed one by more than {@code
   * tolerance}, either way; false when not priced or the CDR states no total including VAT.
   */
  public boolean statedDiffersByMoreThan(BigDecimal tolerance) {
    BigDecimal difference = getDifferenceInclVat();
    return difference != null && difference.abs().compareTo(tolerance) > 0;
  }

  /**
   * What the computed total including VAT exceeds {@code capPerKwh} x energy by, exactly (never
   * from the rounded price per kWh); zero when it does not, or when not priced.
   */
  public BigDecimal excessOver(BigDecimal capPerKwh) {
    if (!priced) {
      return BigDecimal.ZERO;
    }
    BigDecimal excess = computedInclVat.subtract(capPerKwh.multiply(energyKwh));
    return excess.signum() > 0 ? excess : BigDecimal.ZERO;
  }

  @Override
  public String toString() {
    return !present
        ? "no CDR"
        : priced
            ? "priced with tariff " + tariffId + ": " + computedInclVat.toPlainString()
            : "not priced: " + reason;
  }
}
