package org.evsettle.settlement.ledger;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import org.evsettle.settlement.domain.CarbonIntensity;
import org.evsettle.settlement.domain.RecordStatus;
import org.evsettle.settlement.domain.UtilityPrice;
import org.evsettle.settlement.persistence.IngestStore;
import org.evsettle.settlement.persistence.LatestVersion;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The series utilities publish for every interval or hour (prices, carbon intensity), read for a
 * window of time. Each query is bounded by the window on the start column's index, so a run reads a
 * month of them, not their whole history: a window can only be overlapped by a row that starts less
 * than its longest length before it.
 */
final class UtilitySeries {

  static final String PRICES = inWindow("utility_price", "interval_start");
  static final String CARBON = inWindow("carbon_intensity", "hour_start");

  private UtilitySeries() {}

  private static String inWindow(String table, String start) {
    return "select t.* from "
        + table
        + " t where t."
        + start
        + " > ? and t."
        + start
        + " < ? and "
        + LatestVersion.of(table, "t")
        + " and t.status = 'ACTIVE' order by t.utility_id, t."
        + start;
  }

  /** Every utility's latest prices whose interval overlaps {@code [from, to)}. */
  static List<UtilityPrice> prices(JdbcTemplate jdbc, Instant from, Instant to) {
    return jdbc
        .query(
            PRICES,
            (rs, n) ->
                new UtilityPrice(
                    rs.getString("utility_id"),
                    IngestStore.instant(rs, "interval_start"),
                    rs.getInt("interval_minutes"),
                    rs.getBigDecimal("price"),
                    Currency.getInstance(rs.getString("currency")),
                    RecordStatus.ACTIVE),
            utc(from.minus(UtilityPrice.LONGEST_INTERVAL)),
            utc(to))
        .stream()
        // shorter intervals that start within the longest one before the window may end by then
        .filter(p -> p.intervalEnd().isAfter(from))
        .toList();
  }

  /** Every utility's latest carbon intensity of the hours that overlap {@code [from, to)}. */
  static List<CarbonIntensity> carbon(JdbcTemplate jdbc, Instant from, Instant to) {
    return jdbc.query(
        CARBON,
        (rs, n) ->
            new CarbonIntensity(
                rs.getString("utility_id"),
                IngestStore.instant(rs, "hour_start"),
                rs.getBigDecimal("gco2_per_kwh"),
                RecordStatus.ACTIVE),
        utc(from.minus(CarbonIntensity.HOUR)),
        utc(to));
  }

  private static Object utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
