package org.evsettle.rules.model;

import java.math.BigDecimal;

/**
 * How much subsidised energy a charger may still have this calendar year: its cap (rated kW x the
 * pack's kWh per kW) less what earlier runs and earlier sessions of this run used.
 */
public class CapAccount {

  private final String chargerId;
  private final BigDecimal capKwh;
  private BigDecimal usedKwh;

  public CapAccount(String chargerId, BigDecimal capKwh, BigDecimal usedKwh) {
    this.chargerId = chargerId;
    this.capKwh = capKwh;
    this.usedKwh = usedKwh;
  }

  public String getChargerId() {
    return chargerId;
  }

  public BigDecimal getCapKwh() {
    return capKwh;
  }

  public BigDecimal getUsedKwh() {
    return usedKwh;
  }

  public BigDecimal getRemainingKwh() {
    return capKwh.subtract(usedKwh).max(BigDecimal.ZERO);
  }

  /** Takes up to {@code kwh} from the cap and says how much it granted. */
  public BigDecimal take(BigDecimal kwh) {
    BigDecimal granted = kwh.min(getRemainingKwh());
    usedKwh = usedKwh.add(granted);
    return granted;
  }
}
