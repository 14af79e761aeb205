package org.evsettle.rules.model;

import java.math.BigDecimal;
import java.time.Instant;

/** The energy of a session in one interval of a utility's published prices, and that price. */
public record PricedEnergy(Instant from, Instant to, BigDecimal kwh, BigDecimal price) {

  public Instant getFrom() {
    return from;
  }

  public Instant getTo() {
    return to;
  }

  public BigDecimal getKwh() {
    return kwh;
  }

  public BigDecimal getPrice() {
    return price;
  }
}
