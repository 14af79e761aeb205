package org.evsettle.settlement.ocpi;

import java.time.ZoneId;
import java.util.List;

/**
 * A CDR priced with a tariff: every period's dimensions and the totals in the CDR's terms. {@code
 * totals().totalCost()} is never null and honours the tariff's min_price and max_price ({@code
 * limit} says whether one applied); {@code componentsCost} is the sum of the dimensions before
 * that. Amounts are at full scale: round them where they are shown.
 */
public record PricedSession(
    String tariffId,
    String currency,
    ZoneId zone,
    List<PricedPeriod> periods,
    SessionTotals totals,
    OcpiPrice componentsCost,
    PriceLimit limit) {

  public PricedSession {
    periods = List.copyOf(periods);
  }
}
