package org.evsettle.rules.model;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.evsettle.settlement.domain.AccessType;

/**
 * What one card (by its pseudonym) charged in the period on chargers of one access type, across
 * every operator of the market: computed once by the engine from every session, whatever the
 * batches or partitions the sessions are evaluated in.
 */
public final class CardTotal {

  private final String cardId;
  private final AccessType access;
  private final BigDecimal kwh;
  private final long sessions;
  private final Map<String, BigDecimal> kwhByOperator;

  public CardTotal(
      String cardId,
      AccessType access,
      BigDecimal kwh,
      long sessions,
      Map<String, BigDecimal> kwhByOperator) {
    this.cardId = cardId;
    this.access = access;
    this.kwh = kwh;
    this.sessions = sessions;
    this.kwhByOperator = Collections.unmodifiableSortedMap(new TreeMap<>(kwhByOperator));
  }

  /** The card's pseudonym (its id tag is never held in clear). */
  public String getCardId() {
    return cardId;
  }

  public AccessType getAccess() {
    return access;
  }

  public BigDecimal getKwh() {
    return kwh;
  }

  public long getSessions() {
    return sessions;
  }

  public int getOperatorCount() {
    return kwhByOperator.size();
  }

  /** kWh per operator, in operator order (read-only). */
  public Map<String, BigDecimal> getKwhByOperator() {
    return kwhByOperator;
  }

  /** "ab12cd34", the pseudonym shortened for explanations. */
  public String getShortId() {
    return cardId.length() > 8 ? cardId.substring(0, 8) : cardId;
  }

  @Override
  public String toString() {
    return "card " + getShortId() + " on " + access + " chargers: " + kwh.toPlainString() + " kWh";
  }
}
