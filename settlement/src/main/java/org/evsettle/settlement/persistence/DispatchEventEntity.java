package org.evsettle.settlement.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A stored version of a utility dispatch event. */
@Entity
@Table(name = "dispatch_event")
public class DispatchEventEntity extends VersionedRowEntity {

  @Column(nullable = false)
  private String kind;

  @Column(name = "starts_at", nullable = false)
  private Instant startsAt;

  @Column(name = "ends_at", nullable = false)
  private Instant endsAt;

  @Column(name = "site_id")
  private String siteId;

  private String district;

  @Column(name = "requested_kw", precision = 12, scale = 3)
  private BigDecimal requestedKw;

  public String getKind() {
    return kind;
  }

  public Instant getStartsAt() {
    return startsAt;
  }

  public Instant getEndsAt() {
    return endsAt;
  }

  public String getSiteId() {
    return siteId;
  }

  public String getDistrict() {
    return district;
  }

  public BigDecimal getRequestedKw() {
    return requestedKw;
  }
}
