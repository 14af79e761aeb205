package org.evsettle.settlement.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Charger C1 of OP1, compliant (profile 3, signed firmware, OCMF), as the domain tests use it. */
final class TestChargers {

  private TestChargers() {}

  static Charger charger(String kw, CurrentType current, String connector) {
    return new Charger(
        "C1",
        "OP1",
        "S1",
        "UT1",
        null,
        AccessType.PUBLIC,
        new BigDecimal(kw),
        true,
        3,
        "4.1",
        true,
        true,
        LocalDate.parse("2027-06-30"),
        SignedMetering.OCMF,
        current,
        connector,
        RecordStatus.ACTIVE);
  }
}
