package org.evsettle.rules.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One operator's part of a card's period total: what a card-level policy (a cap per card per month)
 * settles with that operator. The whole is in {@link #getCard()}.
 */
public final class CardShare {

  private final CardTotal card;
  private final String operatorId;
  private final BigDecimal kwh;

  public CardShare(CardTotal card, String operatorId) {
    this.card = card;
    this.operatorId = operatorId;
    this.kwh = card.getKwhByOperator().getOrDefault(operatorId, BigDecimal.ZERO);
  }

  public CardTotal getCard() {
    return card;
  }

  public String getCardId() {
    return card.getCardId();
  }

  public org.evsettle.settlement.domain.AccessType getAccess() {
    return card.getAccess();
  }

  public String getOperatorId() {
    return operatorId;
  }

  /** The kWh this operator's chargers delivered to the card. */
  public BigDecimal getKwh() {
    return kwh;
  }

  /** The card's kWh at every operator. */
  public BigDecimal getCardKwh() {
    return card.getKwh();
  }

  /**
   * This operator's part of the card's kWh up to {@code cap}: all of its kWh when the card stays
   * within the cap, else the cap shared in proportion to what each operator delivered.
   */
  public BigDecimal cappedKwh(BigDecimal cap) {
    if (card.getKwh().compareTo(cap) <= 0) {
      return kwh.stripTrailingZeros();
    }
    return kwh.multiply(cap).divide(card.getKwh(), 6, RoundingMode.HALF_EVEN).stripTrailingZeros();
  }

  /** The operator's percentage of the card's kWh, for explanations. */
  public BigDecimal getPercent() {
    if (card.getKwh().signum() == 0) {
      return BigDecimal.ZERO;
    }
    return kwh.multiply(BigDecimal.valueOf(100))
        .divide(card.getKwh(), 2, RoundingMode.HALF_EVEN)
        .stripTrailingZeros();
  }

  @Override
  public String toString() {
    return card + ", of which " + operatorId + " " + kwh.toPlainString() + " kWh";
  }
}
