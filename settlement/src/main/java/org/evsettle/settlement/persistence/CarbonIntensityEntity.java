package org.evsettle.settlement.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A stored version of a utility's grid carbon intensity for one hour. */
@Entity
@Table(name = "carbon_intensity")
public class CarbonIntensityEntity extends VersionedRowEntity {

  @Column(name = "utility_id", nullable = false)
  private String utilityId;

  @Column(name = "hour_start", nullable = false)
  private Instant hourStart;

  @Column(name = "gco2_per_kwh", nullable = false, precision = 12, scale = 3)
  private BigDecimal gco2PerKwh;

  public String getUtilityId() {
    return utilityId;
  }

  public Instant getHourStart() {
    return hourStart;
  }

  public BigDecimal getGco2PerKwh() {
    return gco2PerKwh;
  }
}
