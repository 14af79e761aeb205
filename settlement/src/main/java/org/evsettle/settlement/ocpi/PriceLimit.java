package org.evsettle.settlement.ocpi;

/** Which of the tariff's price limits set a session's total cost, if any. */
public enum PriceLimit {
  NONE,
  /** The components came to less than the tariff's min_price; the session costs min_price. */
  MIN_PRICE,
  /** The components came to more than the tariff's max_price; the session costs max_price. */
  MAX_PRICE
}
