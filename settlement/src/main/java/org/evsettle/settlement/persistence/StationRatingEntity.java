package org.evsettle.settlement.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A stored version of a station rating. */
@Entity
@Table(name = "station_rating")
public class StationRatingEntity extends VersionedRowEntity {

  @Column(name = "site_id", nullable = false)
  private String siteId;

  @Column(nullable = false)
  private String quarter;

  @Column(nullable = false)
  private String rating;

  public String getSiteId() {
    return siteId;
  }

  public String getQuarter() {
    return quarter;
  }

  public String getRating() {
    return rating;
  }
}
