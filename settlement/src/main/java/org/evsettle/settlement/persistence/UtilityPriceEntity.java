package org.evsettle.settlement.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A stored version of a utility's price for one interval. */
@Entity
@Table(name = "utility_price")
public class UtilityPriceEntity extends VersionedRowEntity {

  @Column(name = "utility_id", nullable = false)
  private String utilityId;

  @Column(name = "interval_start", nullable = false)
  private Instant intervalStart;

  @Column(name = "interval_minutes", nullable = false)
  private int intervalMinutes;

  @Column(nullable = false, precision = 18, scale = 6)
  private BigDecimal price;

  @Column(nullable = false, length = 3)
  private String currency;

  public String getUtilityId() {
    return utilityId;
  }

  public Instant getIntervalStart() {
    return intervalStart;
  }

  public int getIntervalMinutes() {
    return intervalMinutes;
  }

  public BigDecimal getPrice() {
    return price;
  }

  public String getCurrency() {
    return currency;
  }
}
