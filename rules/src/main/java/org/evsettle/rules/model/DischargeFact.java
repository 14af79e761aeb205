package org.evsettle.rules.model;

import java.math.BigDecimal;
import java.time.Instant;
import org.evsettle.settlement.domain.V2gDischarge;

/** A V2G discharge with its version and charger. */
public class DischargeFact {

  private final V2gDischarge discharge;
  private final int version;
  private final ChargerFact charger;

  public DischargeFact(V2gDischarge discharge, int version, ChargerFact charger) {
    this.discharge = discharge;
    this.version = version;
    this.charger = charger;
  }

  public V2gDischarge discharge() {
    return discharge;
  }

  public String getDischargeId() {
    return discharge.dischargeId();
  }

  public int getVersion() {
    return version;
  }

  public ChargerFact getCharger() {
    return charger;
  }

  public String getChargerId() {
    return discharge.chargerId();
  }

  public Instant getStartedAt() {
    return discharge.startedAt();
  }

  public Instant getEndedAt() {
    return discharge.endedAt();
  }

  public BigDecimal getEnergyKwh() {
    return discharge.energy().kwh();
  }

  @Override
  public String toString() {
    return "discharge " + discharge.dischargeId();
  }
}
