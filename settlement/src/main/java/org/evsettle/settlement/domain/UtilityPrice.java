package org.evsettle.settlement.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;

/**
 * A utility's published energy price for one interval, per kWh. Wholesale-indexed prices go below
 * zero, so the price may be negative. Identified by utility and interval start (in UTC), so a
 * re-published interval with another price corrects the earlier one.
 */
public record UtilityPrice(
    String utilityId,
    Instant intervalStart,
    int intervalMinutes,
    BigDecimal price,
    Currency currency,
    RecordStatus status)
    implements InputRecord {

  /** The interval lengths utilities publish prices for; each divides an hour. */
  public static final List<Integer> INTERVAL_MINUTES = List.of(5, 10, 15, 30, 60);

  /** The longest interval: how far before a window a price may start and still overlap it. */
  public static final Duration LONGEST_INTERVAL = Duration.ofMinutes(60);

  /**
   * How far ahead of now a price may start: day-ahead prices are published the day before (by early
   * afternoon for the whole of the next day), so up to two days.
   */
  public static final Duration PUBLISHED_AHEAD = Duration.ofHours(48);

  /** Decimals a price may carry: what the store keeps, so a price is never rounded on the way. */
  public static final int PRICE_DECIMALS = 6;

  @Override
  public RecordType type() {
    return RecordType.PRICES;
  }

  @Override
  public String recordId() {
    return utilityId + "/" + intervalStart;
  }

  public Instant intervalEnd() {
    return intervalStart.plus(Duration.ofMinutes(intervalMinutes));
  }

  @Override
  public String canonicalContent() {
    return InputRecord.canonical(
        utilityId, intervalStart, intervalMinutes, price, currency, status);
  }
}
