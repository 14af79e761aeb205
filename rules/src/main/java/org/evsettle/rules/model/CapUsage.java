package org.evsettle.rules.model;

import java.math.BigDecimal;

/** Subsidised energy a charger already used this calendar year, before the sessions at hand. */
public record CapUsage(String chargerId, BigDecimal usedKwh) {

  public String getChargerId() {
    return chargerId;
  }

  public BigDecimal getUsedKwh() {
    return usedKwh;
  }
}
