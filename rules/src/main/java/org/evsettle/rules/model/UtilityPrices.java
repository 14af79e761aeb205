package org.evsettle.rules.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.evsettle.settlement.domain.UtilityPrice;

/**
 * A utility's published prices of the period, interval by interval: a pack that prices energy at
 * them ({@code UtilityPrices(utilityId == ...)}) gets a session's energy per interval with its
 * price. Energy is shared over the intervals by duration (constant power). A session reaching into
 * an interval the utility published no price for cannot be priced: that is an error that names the
 * utility, the interval and the session, never a line of nothing.
 */
public final class UtilityPrices {

  private final String utilityId;
  private final NavigableMap<Instant, UtilityPrice> byStart;

  public UtilityPrices(String utilityId, List<UtilityPrice> prices) {
    this.utilityId = utilityId;
    TreeMap<Instant, UtilityPrice> map = new TreeMap<>();
    prices.forEach(p -> map.put(p.intervalStart(), p));
    this.byStart = Collections.unmodifiableNavigableMap(map);
  }

  /** One fact per utility that published prices. */
  public static List<UtilityPrices> of(List<UtilityPrice> prices) {
    Map<String, List<UtilityPrice>> byUtility = new TreeMap<>();
    prices.forEach(p -> byUtility.computeIfAbsent(p.utilityId(), u -> new ArrayList<>()).add(p));
    List<UtilityPrices> facts = new ArrayList<>();
    byUtility.forEach((utility, list) -> facts.add(new UtilityPrices(utility, list)));
    return List.copyOf(facts);
  }

  public String getUtilityId() {
    return utilityId;
  }

  /**
   * The session's energy in each price interval it spans, with the interval's price.
   *
   * @throws IllegalStateException when an interval has no price, or a price is in another currency
   */
  public List<PricedEnergy> split(SessionFact session, Currency currency) {
    Instant from = session.getStartedAt();
    Instant to = session.getEndedAt();
    List<UtilityPrice> intervals = new ArrayList<>();
    Instant cursor = from;
    while (cursor.isBefore(to)) {
      Map.Entry<Instant, UtilityPrice> e = byStart.floorEntry(cursor);
      if (e == null || !e.getValue().intervalEnd().isAfter(cursor)) {
        throw new IllegalStateException(
            "utility "
                + utilityId
                + " published no price for "
                + cursor
                + ": session "
                + session.getSessionId()
                + " cannot be priced at its interval prices");
      }
      UtilityPrice price = e.getValue();
      if (!price.currency().equals(currency)) {
        throw new IllegalStateException(
            "utility "
                + utilityId
                + " priced "
                + price.intervalStart()
                + " in "
                + price.currency()
                + ", the pack settles in "
                + currency);
      }
      intervals.add(price);
      cursor = price.intervalEnd();
    }
    List<Instant> cuts = new ArrayList<>();
    for (int i = 1; i < intervals.size(); i++) {
      cuts.add(intervals.get(i).intervalStart());
    }
    List<BigDecimal> shares = DurationShares.of(session.getEnergyKwh(), from, to, cuts);
    List<PricedEnergy> priced = new ArrayList<>();
    for (int i = 0; i < intervals.size(); i++) {
      UtilityPrice p = intervals.get(i);
      Instant start = i == 0 ? from : p.intervalStart();
      Instant end = i == intervals.size() - 1 ? to : p.intervalEnd();
      priced.add(new PricedEnergy(start, end, shares.get(i).stripTrailingZeros(), p.price()));
    }
    return List.copyOf(priced);
  }

  @Override
  public String toString() {
    return "prices of " + utilityId;
  }
}
