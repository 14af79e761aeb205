package org.evsettle.settlement.ledger;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Currency;
import java.util.List;
import org.evsettle.settlement.domain.Component;
import org.evsettle.settlement.domain.LineSubject;
import org.evsettle.settlement.domain.Money;
import org.evsettle.settlement.domain.PolicyLine;
import org.evsettle.settlement.domain.WindowClass;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/**
 * ADJUSTMENT lines of a re-run: for every (record, component, window class, payer, payee) whose
 * quantity or amount differs from the previous run of the period, one line with the difference,
 * carrying the component it adjusts. A record corrected after the previous run thus produces
 * exactly the adjustments its correction implies, and nothing else.
 *
 * <p>The lines of both runs are read one operator at a time, sorted by that key, and summed here a
 * key at a time: a GROUP BY over a month of lines made the embedded database hold every group in
 * memory (a million sessions ran it out of a 1 GB heap), while a sort spills to disk.
 */
@Repository
public class Adjustments {

  static final String RULE = "A re-run pays or recovers the difference to the previous run";

  private static final String COLUMNS =
      "select run_id, operator_id, charger_id, record_type, record_id, component, window_class,"
          + " payer, payee, record_version, quantity, unit, amount, currency from settlement_line"
          + " where id >= ? and id < ?";

  // one branch per run, each the ids of its operator's part of settlement lines (LineBlocks);
  // NULLS FIRST: the databases differ in where they put the lines without a window class
  static final String LINES_BY_KEY =
      COLUMNS
          + " union all "
          + COLUMNS
          + " order by record_type, record_id, component, window_class nulls first, payer, payee,"
          + " charger_id";

  private final JdbcTemplate jdbc;
  private final LedgerStore ledger;

  public Adjustments(JdbcTemplate jdbc, LedgerStore ledger) {
    this.jdbc = jdbc;
    this.ledger = ledger;
  }

  /** Writes the adjustments of {@code run} against {@code previous}; returns how many. */
  public long write(SettlementRun run, SettlementRun previous) {
    LineWriter writer = ledger.lineWriter(run.id(), LineKind.ADJUSTMENT);
    for (String operator : operators(run, previous)) {
      Differences differences = new Differences(run, previous, writer);
      LineBlocks.Block ofRun = ledger.settlementPart(run.id(), operator);
      LineBlocks.Block ofPrevious = ledger.settlementPart(previous.id(), operator);
      jdbc.query(
          con -> {
            PreparedStatement ps = con.prepareStatement(LINES_BY_KEY);
            ps.setLong(1, ofRun.first());
            ps.setLong(2, ofRun.end());
            ps.setLong(3, ofPrevious.first());
            ps.setLong(4, ofPrevious.end());
            // streams from servers that would otherwise send the whole result at once
            ps.setFetchSize(1000);
            return ps;
          },
          differences);
      differences.finish();
    }
    writer.finish();
    return writer.written();
  }

  private List<String> operators(SettlementRun run, SettlementRun previous) {
    return jdbc.queryForList(
        "select distinct operator_id from run_statement where run_id in (?, ?)"
            + " and kind = 'SETTLEMENT' order by operator_id",
        String.class,
        run.id(),
        previous.id());
  }

  /** The lines of one key in both runs; rows arrive sorted by key. */
  private record Key(
      String operator,
      String charger,
      String recordType,
      String record,
      String component,
      String window,
      String payer,
      String payee) {

    static Key of(ResultSet rs) throws SQLException {
      return new Key(
          rs.getString("operator_id"),
          rs.getString("charger_id"),
          rs.getString("record_type"),
          rs.getString("record_id"),
          rs.getString("component"),
          rs.getString("window_class"),
          rs.getString("payer"),
          rs.getString("payee"));
    }
  }

  /** Sums each key's lines per run and writes a line where the runs differ. */
  private static final class Differences implements RowCallbackHandler {
    private final SettlementRun run;
    private final SettlementRun previous;
    private final LineWriter writer;
    private Key key;
    private BigDecimal newQty;
    private BigDecimal oldQty;
    private BigDecimal newAmount;
    private BigDecimal oldAmount;
    private Integer newVersion;
    private Integer oldVersion;
    private String unit;
    private String currency;

    Differences(SettlementRun run, SettlementRun previous, LineWriter writer) {
      this.run = run;
      this.previous = previous;
      this.writer = writer;
      reset();
    }

    @Override
    public void processRow(ResultSet rs) throws SQLException {
      Key next = Key.of(rs);
      if (!next.equals(key)) {
        finish();
        key = next;
      }
      boolean inNew = rs.getLong("run_id") == run.id();
      BigDecimal quantity = rs.getBigDecimal("quantity");
      BigDecimal amount = rs.getBigDecimal("amount");
      int version = rs.getInt("record_version");
      if (inNew) {
        newQty = newQty.add(quantity);
        newAmount = newAmount.add(amount);
        newVersion = newVersion == null ? version : Math.max(newVersion, version);
      } else {
        oldQty = oldQty.add(quantity);
        oldAmount = oldAmount.add(amount);
        oldVersion = oldVersion == null ? version : Math.max(oldVersion, version);
      }
      unit = StatementSums.max(unit, rs.getString("unit"));
      currency = StatementSums.max(currency, rs.getString("currency"));
    }

    /** Writes the difference of the key read last, if any, and starts afresh. */
    void finish() {
      if (key != null && (newQty.compareTo(oldQty) != 0 || newAmount.compareTo(oldAmount) != 0)) {
        writer.accept(line());
      }
      reset();
    }

    private void reset() {
      key = null;
      newQty = BigDecimal.ZERO;
      oldQty = BigDecimal.ZERO;
      newAmount = BigDecimal.ZERO;
      oldAmount = BigDecimal.ZERO;
      newVersion = null;
      oldVersion = null;
      unit = null;
      currency = null;
    }

    private PolicyLine line() {
      Currency money = Currency.getInstance(currency);
      // a key absent from one run is paid nothing there, written as the currency writes amounts
      BigDecimal was = orZero(oldAmount, oldVersion, money);
      BigDecimal is = orZero(newAmount, newVersion, money);
      int version = newVersion != null ? newVersion : oldVersion;
      BigDecimal difference = is.subtract(was);
      Component component = Component.of(key.component());
      String window = key.window();
      return new PolicyLine(
          component,
          window == null ? null : WindowClass.of(window),
          key.payer(),
          key.payee(),
          key.operator(),
          key.charger(),
          LineSubject.valueOf(key.recordType()),
          key.record(),
          version,
          newQty.subtract(oldQty),
          unit,
          null,
          new Money(difference, money),
          RULE,
          "",
          run.rulesetSha256(),
          component
              + (window == null ? "" : " " + window)
              + " of "
              + key.record()
              + " was "
              + was.toPlainString()
              + " "
              + currency
              + " in "
              + previous.runId()
              + " and is "
              + is.toPlainString()
              + " in "
              + run.runId()
              + " (record version "
              + version
              + "): adjusted by "
              + difference.toPlainString()
              + ".");
    }

    private static BigDecimal orZero(BigDecimal sum, Integer version, Currency currency) {
      return Money.stored(version == null ? BigDecimal.ZERO : sum, currency).amount();
    }
  }
}
