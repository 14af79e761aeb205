package org.evsettle.settlement.ledger;

import java.math.BigDecimal;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evsettle.settlement.domain.PolicyLine;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The statement rows of the lines a writer wrote, summed as they are written: one row per payer,
 * payee, operator, component and window class, with the sums of quantities and amounts as stored
 * and the number of lines. Summing here spares reading a month of lines back to sum them.
 */
final class StatementSums {

  private static final String INSERT =
      "insert into run_statement (run_id, payer, payee, operator_id, component, kind,"
          + " window_class, quantity, unit, amount, currency, lines)"
          + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private record Key(
      String payer, String payee, String operator, String component, String window) {}

  private static final class Sum {
    BigDecimal quantity = BigDecimal.ZERO;
    BigDecimal amount = BigDecimal.ZERO;
    String unit;
    String currency;
    long lines;
  }

  // in the order of each row's first line, which is the same for the same inputs
  private final Map<Key, Sum> sums = new LinkedHashMap<>();

  /** Adds a line with its quantity and amount as the ledger stores them. */
  void add(PolicyLine line, BigDecimal quantity, BigDecimal amount) {
    var key =
        new Key(
            line.payer(),
            line.payee(),
            line.operatorId(),
            line.component().name(),
            line.windowClass() == null ? null : line.windowClass().name());
    Sum sum = sums.computeIfAbsent(key, k -> new Sum());
    sum.quantity = sum.quantity.add(quantity);
    sum.amount = sum.amount.add(amount);
    sum.unit = max(sum.unit, line.unit());
    sum.currency = max(sum.currency, line.amount().currency().getCurrencyCode());
    sum.lines++;
  }

  /**
   * Writes the rows summed so far for {@code runId} and lines of {@code kind}, then forgets them.
   */
  void write(JdbcTemplate jdbc, long runId, String kind) {
    List<Object[]> rows = new ArrayList<>(sums.size());
    sums.forEach(
        (k, s) ->
            rows.add(
                new Object[] {
                  runId,
                  k.payer(),
                  k.payee(),
                  k.operator(),
                  k.component(),
                  kind,
                  k.window(),
                  s.quantity,
                  s.unit,
                  s.amount,
                  s.currency,
                  s.lines
                }));
    if (!rows.isEmpty()) {
      jdbc.batchUpdate(
          INSERT,
          rows,
          new int[] {
            Types.BIGINT,
            Types.VARCHAR,
            Types.VARCHAR,
            Types.VARCHAR,
            Types.VARCHAR,
            Types.VARCHAR,
            Types.VARCHAR,
            Types.NUMERIC,
            Types.VARCHAR,
            Types.NUMERIC,
            Types.VARCHAR,
            Types.BIGINT
          });
    }
    sums.clear();
  }

  /** The greater of two texts, either of which may be null, as SQL's MAX takes it. */
  static String max(String a, String b) {
    return a == null || (b != null && b.compareTo(a) > 0) ? b : a;
  }
}
