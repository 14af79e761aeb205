package org.evsettle.settlement.ledger;

import java.math.BigDecimal;
import java.util.Currency;
import org.evsettle.settlement.domain.Component;
import org.evsettle.settlement.domain.Money;
import org.evsettle.settlement.domain.PolicyLine;
import org.evsettle.settlement.domain.RecordType;
import org.evsettle.settlement.domain.WindowClass;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * ADJUSTMENT lines of a re-run: for every (record, component, window class, payer, payee) whose
 * quantity or amount differs from the previous run of the period, one line with the difference,
 * carrying the component it adjusts. A record corrected after the previous run thus produces
 * exactly the adjustments its correction implies, and nothing else.
 */
@Repository
public class Adjustments {

  static final String RULE = "A re-run pays or recovers the difference to the previous run";

  private final JdbcTemplate jdbc;
  private final LedgerStore ledger;

  public Adjustments(JdbcTemplate jdbc, LedgerStore ledger) {
    this.jdbc = jdbc;
    this.ledger = ledger;
  }

  /** Writes the adjustments of {@code run} against {@code previous}; returns how many. */
  public long write(SettlementRun run, SettlementRun previous) {
    LineWriter writer = ledger.lineWriter(run.id(), LineKind.ADJUSTMENT);
    jdbc.query(
        "select operator_id, charger_id, record_type, record_id, component, window_class, payer,"
            + " payee,"
            + " sum(case when run_id = ? then quantity else 0 end) as new_qty,"
            + " sum(case when run_id = ? then quantity else 0 end) as old_qty,"
            + " sum(case when run_id = ? then amount else 0 end) as new_amount,"
            + " sum(case when run_id = ? then amount else 0 end) as old_amount,"
            + " max(case when run_id = ? then record_version end) as new_version,"
            + " max(case when run_id = ? then record_version end) as old_version,"
            + " max(currency) as currency, max(unit) as unit"
            + " from settlement_line where run_id in (?, ?) and kind = 'SETTLEMENT'"
            + " group by operator_id, charger_id, record_type, record_id, component, window_class,"
            + " payer, payee"
            + " order by operator_id, record_type, record_id, component, window_class, payer",
        rs -> {
          BigDecimal newQty = rs.getBigDecimal("new_qty");
          BigDecimal oldQty = rs.getBigDecimal("old_qty");
          BigDecimal newAmount = rs.getBigDecimal("new_amount");
          BigDecimal oldAmount = rs.getBigDecimal("old_amount");
          if (newQty.compareTo(oldQty) == 0 && newAmount.compareTo(oldAmount) == 0) {
            return;
          }
          int newVersion = rs.getInt("new_version");
          boolean inNew = !rs.wasNull();
          int version = inNew ? newVersion : rs.getInt("old_version");
          String window = rs.getString("window_class");
          Component component = Component.valueOf(rs.getString("component"));
          String record = rs.getString("record_id");
          Currency currency = Currency.getInstance(rs.getString("currency"));
          BigDecimal difference = newAmount.subtract(oldAmount);
          writer.accept(
              new PolicyLine(
                  component,
                  window == null ? null : WindowClass.valueOf(window),
                  rs.getString("payer"),
                  rs.getString("payee"),
                  rs.getString("operator_id"),
                  rs.getString("charger_id"),
                  RecordType.valueOf(rs.getString("record_type")),
                  record,
                  version,
                  newQty.subtract(oldQty),
                  rs.getString("unit"),
                  null,
                  new Money(difference, currency),
                  RULE,
                  "",
                  run.rulesetSha256(),
                  component
                      + (window == null ? "" : " " + window)
                      + " of "
                      + record
                      + " was "
                      + oldAmount.toPlainString()
                      + " "
                      + currency
                      + " in "
                      + previous.runId()
                      + " and is "
                      + newAmount.toPlainString()
                      + " in "
                      + run.runId()
                      + " (record version "
                      + version
                      + "): adjusted by "
                      + difference.toPlainString()
                      + "."));
        },
        run.id(),
        previous.id(),
        run.id(),
        previous.id(),
        run.id(),
        previous.id(),
        run.id(),
        previous.id());
    writer.flush();
    return writer.written();
  }
}
