package org.evsettle.rules.testing;

import java.math.BigDecimal;
import java.time.Instant;
import org.evsettle.settlement.domain.AccessType;
import org.evsettle.settlement.domain.Charger;
import org.evsettle.settlement.domain.ChargingSession;
import org.evsettle.settlement.domain.Energy;
import org.evsettle.settlement.domain.RecordStatus;

/** Records of tests that need only the facts they are about. */
public final class TestRecords {

  private TestRecords() {}

  /** A 22 kW public charger of OP1 at site S1 with its utility; security facts compliant. */
  public static Charger charger(String id, String utility) {
    return new Charger(
        id,
        "OP1",
        "S1",
        utility,
        null,
        AccessType.PUBLIC,
        new BigDecimal("22"),
        false,
        3,
        "1",
        true,
        true,
        null,
        null,
        null,
        null,
        RecordStatus.ACTIVE);
  }

  /** A session without id tag or meter values; instants ISO-8601 in UTC. */
  public static ChargingSession session(
      String id, String charger, String from, String to, String kwh) {
    return new ChargingSession(
        id,
        charger,
        Instant.parse(from),
        Instant.parse(to),
        Energy.kwh(kwh),
        null,
        null,
        null,
        null,
        RecordStatus.ACTIVE);
  }
}
