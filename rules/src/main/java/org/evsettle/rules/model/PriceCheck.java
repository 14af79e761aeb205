package org.evsettle.rules.model;

import java.math.BigDecimal;

/**
 * A rule's finding about a session's OCPI price, reported, not paid: the engine counts the sessions
 * of each finding per operator and adds up their differences over the whole partition, whatever the
 * batches, into the run's measures ("price check CDRs" and "price check difference incl. VAT", by
 * finding). A finding is the subject of a measure: keep it under 64 characters.
 */
public final class PriceCheck {

  private final SessionFact session;
  private final String finding;
  private final BigDecimal difference;

  /** {@code difference} (stated - computed, including VAT) may be null: then only counted. */
  public PriceCheck(SessionFact session, String finding, BigDecimal difference) {
    this.session = session;
    this.finding = finding;
    this.difference = difference;
  }

  public SessionFact getSession() {
    return session;
  }

  public String getFinding() {
    return finding;
  }

  public BigDecimal getDifference() {
    return difference;
  }

  @Override
  public String toString() {
    return session + ": " + finding;
  }
}
