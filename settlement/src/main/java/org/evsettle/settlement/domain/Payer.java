package org.evsettle.settlement.domain;

import java.util.Locale;

/** Which party of a line pays or is paid for a component: its operator, a utility, the fund. */
public enum Payer {
  OPERATOR,
  UTILITY,
  FUND;

  /** As {@code pack.yaml} writes it: {@code operator}, {@code utility}, {@code fund}. */
  public static Payer named(String name) {
    for (Payer p : values()) {
      if (p.name().equalsIgnoreCase(name)) {
        return p;
      }
    }
    throw new IllegalArgumentException(
        "'" + name + "' is not a party of a line: operator, utility or fund");
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
