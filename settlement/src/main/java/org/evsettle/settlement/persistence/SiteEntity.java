package org.evsettle.settlement.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A stored version of a site registration; its record id is the site id. */
@Entity
@Table(name = "site")
public class SiteEntity extends VersionedRowEntity {

  @Column(name = "operator_id", nullable = false)
  private String operatorId;

  @Column(name = "utility_id", nullable = false)
  private String utilityId;

  private String district;

  @Column(name = "max_demand_kw", precision = 12, scale = 3)
  private BigDecimal maxDemandKw;

  @Column(name = "grid_connection")
  private String gridConnection;

  public String getOperatorId() {
    return operatorId;
  }

  public String getUtilityId() {
    return utilityId;
  }

  public String getDistrict() {
    return district;
  }

  public BigDecimal getMaxDemandKw() {
    return maxDemandKw;
  }

  public String getGridConnection() {
    return gridConnection;
  }
}
