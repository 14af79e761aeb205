package org.evsettle.rules.model;

import java.math.BigDecimal;

/**
 * The charged energy and number of sessions of one charger, site or operator over the whole period,
 * across every batch and partition: {@code EnergyTotal(scope == "site", id == "S1")}.
 */
public record EnergyTotal(String scope, String id, BigDecimal kwh, long sessions) {

  public static final String CHARGER = "charger";
  public static final String SITE = "site";
  public static final String OPERATOR = "operator";

  public String getScope() {
    return scope;
  }

  public String getId() {
    return id;
  }

  public BigDecimal getKwh() {
    return kwh;
  }

  public long getSessions() {
    return sessions;
  }
}
