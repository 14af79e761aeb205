package org.evsettle.rules.engine;

import static org.evsettle.rules.engine.OcpiDocuments.cdr;
import static org.evsettle.rules.engine.OcpiDocuments.element;
import static org.evsettle.rules.engine.OcpiDocuments.tariff;

/**
 * OP1's OCPI documents of October 2026 that more than one test prices, each with its sums worked by
 * hand. Tariffs in GBP: T-AC energy 0.50 + 20 % VAT = 0.60 per kWh from 2026-01-01, 0.70 + 20 % =
 * 0.84 from 2026-11-01; T-EMB, carried only in a CDR, 0.40 + 20 % = 0.48 per kWh.
 */
final class OctoberCdrs {

  static final String T_AC = tariff("T-AC", "GBP", "2026-01-01T00:00:00Z", ac("0.50"));

  static final String T_AC_FROM_NOVEMBER =
      tariff("T-AC", "GBP", "2026-11-01T00:00:00Z", ac("0.70"));

  /** 10 kWh with T-AC: 10 x 0.50 = 5.00, x 1.20 = 6.00; it states 6.50, 0.50 more. */
  static final String OVERSTATED =
      cdr("GBP", "2026-10-06T11:00:00Z", "T-AC", "10", "5.4167", "6.50", "");

  /** 5 kWh with T-GONE, a tariff OP1 never stored, and no tariff of its own. */
  static final String UNKNOWN_TARIFF =
      cdr("GBP", "2026-10-06T14:00:00Z", "T-GONE", "5", "2.50", "3.00", "");

  /** 10 kWh in euros, naming T-AC. */
  static final String IN_EUROS =
      cdr("EUR", "2026-10-06T17:00:00Z", "T-AC", "10", "5.00", "6.00", "");

  /** 10 kWh with its own T-EMB: 10 x 0.40 = 4.00, x 1.20 = 4.80, as it states. */
  static final String OWN_TARIFF =
      cdr(
          "GBP",
          "2026-10-06T18:00:00Z",
          "T-EMB",
          "10",
          "4.00",
          "4.80",
          tariff("T-EMB", "GBP", "2026-01-01T00:00:00Z", element("ENERGY", "0.40", "20")));

  private OctoberCdrs() {}

  private static String ac(String price) {
    return element("ENERGY", price, "20");
  }
}
