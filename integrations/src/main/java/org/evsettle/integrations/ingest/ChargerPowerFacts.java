package org.evsettle.integrations.ingest;

import java.math.BigDecimal;
import org.evsettle.integrations.csv.FieldProblem;
import org.evsettle.settlement.domain.Charger;
import org.evsettle.settlement.domain.CurrentType;
import org.evsettle.settlement.domain.PowerClass;
import org.evsettle.settlement.domain.RejectionCode;

/**
 * A charger's current type, connector and rated power must fit together: policies pay by the power
 * class derived from them, and a class derived from impossible facts (a 150 kW AC charger) would
 * pay a bonus nobody earned. An unknown current type is already refused when the row is parsed.
 */
final class ChargerPowerFacts {

  // the width of the column it is stored in
  static final int CONNECTOR_LIMIT = 32;

  private ChargerPowerFacts() {}

  static void check(Charger c) {
    String connector = c.connector();
    if (connector != null && connector.length() > CONNECTOR_LIMIT) {
      throw FieldProblem.tooLong("connector", connector, CONNECTOR_LIMIT);
    }
    BigDecimal kw = c.ratedPowerKw();
    if (c.powerClass() == PowerClass.CHAOJI) {
      if (c.currentType() == CurrentType.AC) {
        throw new FieldProblem(
            RejectionCode.OUT_OF_RANGE,
            "current_type",
            "current_type is AC, but ChaoJi (connector " + connector + ") is a DC standard");
      }
      atMost(kw, PowerClass.CHAOJI_MAX_KW, "a ChaoJi charger");
    }
    if (c.currentType() == CurrentType.AC) {
      atMost(kw, PowerClass.AC_MAX_KW, "an AC charger (IEC 62196)");
    }
  }

  private static void atMost(BigDecimal kw, BigDecimal limit, String what) {
    if (kw.compareTo(limit) > 0) {
      throw new FieldProblem(
          RejectionCode.OUT_OF_RANGE,
          "rated_power_kw",
          "rated_power_kw "
              + kw.toPlainString()
              + " is more than the "
              + limit.toPlainString()
              + " kW "
              + what
              + " can deliver");
    }
  }
}
