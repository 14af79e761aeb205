package org.evsettle.integrations.ingest;

import org.evsettle.integrations.csv.FieldProblem;
import org.evsettle.settlement.domain.Charger;
import org.evsettle.settlement.domain.PowerFacts;
import org.evsettle.settlement.domain.RejectionCode;

/**
 * A charger row's connector fits its column, and its current type, connector and rated power fit
 * together ({@link PowerFacts}). An unknown current type is already refused when the row is parsed.
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
    PowerFacts.problem(c)
        .ifPresent(
            p -> {
              throw new FieldProblem(RejectionCode.OUT_OF_RANGE, p.field(), p.reason());
            });
  }
}
