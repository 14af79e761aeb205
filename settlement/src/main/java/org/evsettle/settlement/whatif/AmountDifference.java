package org.evsettle.settlement.whatif;

import java.math.BigDecimal;

/**
 * What an operator's lines of one component and window class (null: lines without one) come to in
 * the latest run and in the draft.
 */
public record AmountDifference(
    String operatorId,
    String component,
    String windowClass,
    String currency,
    BigDecimal latest,
    BigDecimal draft) {

  public BigDecimal difference() {
    return draft.subtract(latest);
  }
}
