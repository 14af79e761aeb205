package org.evsettle.settlement.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A stored version of a utility interval reading. */
@Entity
@Table(name = "interval_reading")
public class IntervalReadingEntity extends VersionedRowEntity {

  @Column(name = "meter_id", nullable = false)
  private String meterId;

  @Column(name = "interval_start", nullable = false)
  private Instant intervalStart;

  @Column(name = "interval_minutes", nullable = false)
  private int intervalMinutes;

  @Column(name = "import_kwh", nullable = false, precision = 18, scale = 6)
  private BigDecimal importKwh;

  @Column(name = "export_kwh", precision = 18, scale = 6)
  private BigDecimal exportKwh;

  public String getMeterId() {
    return meterId;
  }

  public Instant getIntervalStart() {
    return intervalStart;
  }

  public int getIntervalMinutes() {
    return intervalMinutes;
  }

  public BigDecimal getImportKwh() {
    return importKwh;
  }

  public BigDecimal getExportKwh() {
    return exportKwh;
  }
}
