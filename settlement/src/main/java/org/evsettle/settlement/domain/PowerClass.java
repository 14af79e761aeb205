package org.evsettle.settlement.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The class of a charger by the power it delivers, as regulators' policies distinguish them (an
 * ultrafast bonus, a DC fast-charging tariff). Derived from what the operator registers, never
 * sent: {@link #of} is the one place the classification lives.
 */
public enum PowerClass {
  /** Alternating current; IEC 62196 AC tops out at 43.5 kW (63 A at 230 V on three phases). */
  AC,
  /** Direct current below 350 kW (CCS, CHAdeMO, GB/T DC). */
  DC_FAST,
  /** Direct current at 350 kW or more. */
  ULTRAFAST,
  /**
   * ChaoJi, the next-generation DC standard of China and Japan (up to 600 kW): a class of its own
   * whatever its power, since policies treat the new standard apart.
   */
  CHAOJI;

  /** The most an AC charger can deliver under IEC 62196. */
  public static final BigDecimal AC_MAX_KW = new BigDecimal("43.5");

  /** Where ULTRAFAST starts. */
  public static final BigDecimal ULTRAFAST_FROM_KW = new BigDecimal("350");

  /** The most a ChaoJi charger can deliver. */
  public static final BigDecimal CHAOJI_MAX_KW = new BigDecimal("600");

  /** The connector name (OCPI's) that marks a ChaoJi charger. */
  public static final String CHAOJI_CONNECTOR = "CHAOJI";

  /**
   * The class of a charger. A ChaoJi connector decides alone; otherwise the current type does, and
   * where the operator did not report it, the rated power: above what AC can deliver it is DC.
   *
   * @param currentType AC, DC, or {@code null} when not reported
   * @param connector the plug standard as OCPI names it (any case), or {@code null}
   * @param ratedPowerKw the charger's rated power, always known
   */
  public static PowerClass of(CurrentType currentType, String connector, BigDecimal ratedPowerKw) {
    Objects.requireNonNull(ratedPowerKw, "ratedPowerKw");
    if (CHAOJI_CONNECTOR.equalsIgnoreCase(connector)) {
      return CHAOJI;
    }
    CurrentType current = currentType != null ? currentType : inferred(ratedPowerKw);
    if (current == CurrentType.AC) {
      return AC;
    }
    return ratedPowerKw.compareTo(ULTRAFAST_FROM_KW) >= 0 ? ULTRAFAST : DC_FAST;
  }

  private static CurrentType inferred(BigDecimal ratedPowerKw) {
    return ratedPowerKw.compareTo(AC_MAX_KW) <= 0 ? CurrentType.AC : CurrentType.DC;
  }
}
