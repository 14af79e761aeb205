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

  /**
   * @throws IllegalStateException when two intervals overlap: which price applies would depend on
   *     where a session starts
   */
  public UtilityPrices(String utilityId, List<UtilityPrice> prices) {
    this.utilityId = utilityId;
    TreeMap<Instant, UtilityPrice> map = new TreeMap<>();
    prices.forEach(p -> map.put(p.intervalStart(), p));
    UtilityPrice previous = null;
    for (UtilityPrice p : map.values()) {
      if (previous != null && previous.intervalEnd().isAfter(p.intervalStart())) {
        throw new IllegalStateException(
            "utility "
                + utilityId
                + " published overlapping prices: "
                + previous.intervalMinutes()
                + " minutes from "
                + previous.intervalStart()
                + " and "
                + p.intervalMinutes()
                + " minutes from "
                + p.intervalStart());
      }
      previous = p;
    }
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
   * Whether the utility published a price for any part of the session: a pack prices such a session
   * at its interval prices (and {@link #split} refuses one they cover only in part), and others by
   * its tariff, so that a utility that starts publishing prices mid-month is priced by its tariff
   * before that.
   */
  public boolean covers(SessionFact session) {
    Map.Entry<Instant, UtilityPrice> before = byStart.floorEntry(session.getStartedAt());
    if (before != null && before.getValue().intervalEnd().isAfter(session.getStartedAt())) {
      return true;
    }
    Instant next = byStart.higherKey(session.getStartedAt());
    return next != null && next.isBefore(session.getEndedAt());
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
