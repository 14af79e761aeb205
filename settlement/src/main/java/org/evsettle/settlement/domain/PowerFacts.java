package org.evsettle.settlement.domain;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A charger's current type, connector and rated power must fit together: policies pay by the {@link
 * PowerClass} derived from them, and a class derived from impossible facts (a 150 kW AC charger)
 * would pay a bonus nobody earned. Checked wherever chargers come in: ingest and a pack's worked
 * examples.
 */
public final class PowerFacts {

  /** The field at fault and why, in words a sender can act on. */
  public record Problem(String field, String reason) {}

  private PowerFacts() {}

  public static Optional<Problem> problem(Charger c) {
    BigDecimal kw = c.ratedPowerKw();
    if (c.powerClass() == PowerClass.CHAOJI) {
      if (c.currentType() == CurrentType.AC) {
        return Optional.of(
            new Problem(
                "current_type",
                "current_type is AC, but ChaoJi (connector "
                    + c.connector()
                    + ") is a DC standard"));
      }
      if (kw.compareTo(PowerClass.CHAOJI_MAX_KW) > 0) {
        return tooMuchPower(kw, PowerClass.CHAOJI_MAX_KW, "a ChaoJi charger");
      }
    }
    if (c.currentType() == CurrentType.AC && kw.compareTo(PowerClass.AC_MAX_KW) > 0) {
      return tooMuchPower(kw, PowerClass.AC_MAX_KW, "an AC charger (IEC 62196)");
    }
    return Optional.empty();
  }

  private static Optional<Problem> tooMuchPower(BigDecimal kw, BigDecimal limit, String what) {
    return Optional.of(
        new Problem(
            "rated_power_kw",
            "rated_power_kw "
                + kw.toPlainString()
                + " is more than the "
                + limit.toPlainString()
                + " kW "
                + what
                + " can deliver"));
  }
}
