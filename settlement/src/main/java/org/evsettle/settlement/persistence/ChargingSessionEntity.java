package org.evsettle.settlement.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A stored version of a charging session. */
@Entity
@Table(name = "charging_session")
public class ChargingSessionEntity extends VersionedRowEntity {

  @Column(name = "charger_id", nullable = false)
  private String chargerId;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "ended_at", nullable = false)
  private Instant endedAt;

  @Column(name = "energy_kwh", nullable = false, precision = 18, scale = 6)
  private BigDecimal energyKwh;

  @Column(name = "id_tag_pseudonym")
  private String idTagPseudonym;

  @Column(name = "meter_start_kwh", precision = 18, scale = 6)
  private BigDecimal meterStartKwh;

  @Column(name = "meter_stop_kwh", precision = 18, scale = 6)
  private BigDecimal meterStopKwh;

  @Column(name = "signed_data", length = 16000)
  private String signedData;

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

  public String getIdTagPseudonym() {
    return idTagPseudonym;
  }

  public BigDecimal getMeterStartKwh() {
    return meterStartKwh;
  }

  public BigDecimal getMeterStopKwh() {
    return meterStopKwh;
  }

  public String getSignedData() {
    return signedData;
  }
}
