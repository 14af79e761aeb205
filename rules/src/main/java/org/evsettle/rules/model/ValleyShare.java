package org.evsettle.rules.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The share of an operator's charging energy in valley hours, for one group of posts (private
 * posts, or all others), and the pack's target for that group once a rule has set it.
 */
public class ValleyShare {

  public static final String PRIVATE_POSTS = "private posts";
  public static final String OTHER_POSTS = "other posts";

  private final String operatorId;
  private final String group;
  private BigDecimal valleyKwh = BigDecimal.ZERO;
  private BigDecimal totalKwh = BigDecimal.ZERO;
  private BigDecimal targetPercent;

  public ValleyShare(String operatorId, String group) {
    this.operatorId = operatorId;
    this.group = group;
  }

  public void add(BigDecimal kwh, boolean valley) {
    totalKwh = totalKwh.add(kwh);
    if (valley) {
      valleyKwh = valleyKwh.add(kwh);
    }
  }

  public String getOperatorId() {
    return operatorId;
  }

  public String getGroup() {
    return group;
  }

  public BigDecimal getValleyKwh() {
    return valleyKwh;
  }

  public BigDecimal getTotalKwh() {
    return totalKwh;
  }

  /** Percent of the energy in valley hours, 2 decimals; zero when nothing was charged. */
  public BigDecimal getPercent() {
    return totalKwh.signum() == 0
        ? BigDecimal.ZERO.setScale(2)
        : valleyKwh.multiply(BigDecimal.valueOf(100)).divide(totalKwh, 2, RoundingMode.HALF_UP);
  }

  public BigDecimal getTargetPercent() {
    return targetPercent;
  }

  public void setTargetPercent(BigDecimal targetPercent) {
    this.targetPercent = targetPercent;
  }

  public boolean meetsTarget() {
    return targetPercent != null && getPercent().compareTo(targetPercent) >= 0;
  }
}
