package org.evsettle.settlement.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A stored version of a V2G discharge. */
@Entity
@Table(name = "v2g_discharge")
public class V2gDischargeEntity extends VersionedRowEntity {

  @Column(name = "charger_id", nullable = false)
  private String chargerId;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "ended_at", nullable = false)
  private Instant endedAt;

  @Column(name = "energy_kwh", nullable = false, precision = 18, scale = 6)
  private BigDecimal energyKwh;

  @Column(name = "dispatch_id")
  private String dispatchId;

  public String getChargerId() {
    return chargerId;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getEndedAt() {
    return endedAt;
  }

  public BigDecimal getEnergyKwh() {
    return energyKwh;
  }

  public String getDispatchId() {
    return dispatchId;
  }
}
