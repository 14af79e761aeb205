package org.evsettle.integrations.ingest;

import org.evsettle.integrations.csv.FieldProblem;
import org.evsettle.settlement.domain.Charger;
import org.evsettle.settlement.domain.PowerFacts;
import org.evsettle.settlement.domain.RejectionCode;
import org.evsettle.settlement.ocmf.RegisteredMeterKey;

/**
 * A charger row's connector fits its column, and its current type, connector and rated power fit
 * together ({@link PowerFacts}). An unknown current type is already refused when the row is parsed.
 * A registered meter key must be a public key on a curve OCMF names ({@link RegisteredMeterKey}):
 * one that is not would make every signed session of the charger unverifiable.
 */
final class ChargerPowerFacts {

  // the width of the column it is stored in
  static final int CONNECTOR_LIMIT = 32;
  static final int METER_KEY_LIMIT = 1000;
  static final int METER_SERIAL_LIMIT = 64;

  private ChargerPowerFacts() {}

  static void check(Charger c) {
    String connector = c.connector();
    if (connector != null && connector.length() > CONNECTOR_LIMIT) {
      throw FieldProblem.tooLong("connector", connector, CONNECTOR_LIMIT);
    }
    String key = c.meterPublicKey();
    if (key != null && key.length() > METER_KEY_LIMIT) {
      throw FieldProblem.tooLong("meter_public_key", key, METER_KEY_LIMIT);
    }
    if (key != null) {
      RegisteredMeterKey.problem(key)
          .ifPresent(
              reason -> {
                throw new FieldProblem(RejectionCode.UNPARSABLE, "meter_public_key", reason);
              });
    }
    String serial = c.meterSerial();
    if (serial != null && serial.length() > METER_SERIAL_LIMIT) {
      throw FieldProblem.tooLong("meter_serial", serial, METER_SERIAL_LIMIT);
    }
    PowerFacts.problem(c)
        .ifPresent(
            p -> {
              throw new FieldProblem(RejectionCode.OUT_OF_RANGE, p.field(), p.reason());
            });
  }
}
