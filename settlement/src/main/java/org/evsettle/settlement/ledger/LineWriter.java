package org.evsettle.settlement.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.evsettle.settlement.domain.PolicyLine;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes lines of one kind of a run in JDBC batches, numbering them in the order received: that
 * order is the order they are published in, an operator's lines in its block of ids ({@link
 * LineBlocks}). Quantities and amounts are written at the scale of their columns, so that the
 * statement rows summed here are the sums of the stored lines. Call {@link #finish} when done: it
 * writes the rest of the lines and their statement rows (in the caller's transaction). Batches of
 * lines join the caller's transaction, or, for a writer of a settlement partition, commit one by
 * one.
 */
public final class LineWriter implements Consumer<PolicyLine> {

  private static final int BATCH = 2000;
  // the scales of settlement_line.quantity and amount
  private static final int QUANTITY_SCALE = 6;
  private static final int AMOUNT_SCALE = 4;
  private static final String INSERT_LINE =
      "insert into settlement_line (id, run_id, kind, component, window_class, payer, payee,"
          + " operator_id, charger_id, record_type, record_id, record_version, quantity, unit,"
          + " rate, amount, currency, rule_no, explanation, line_no)"
          + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private final JdbcTemplate jdbc;
  // null: batches join the caller's transaction
  private final TransactionTemplate eachBatch;
  private final long runId;
  private final LineKind kind;
  private final LineBlocks blocks;
  // the block of each operator this writer has written lines of
  private final java.util.Map<String, LineBlocks.Block> blockOf = new java.util.HashMap<>();
  private final RunRules rules;
  // the numbers this writer has used: the run's registry is shared by partitions, and locked
  private final java.util.Map<RunRules.Rule, Integer> ruleNumbers = new java.util.HashMap<>();
  private final String ruleset;
  private final List<PolicyLine> buffer = new ArrayList<>(BATCH);
  private final StatementSums statement = new StatementSums();
  private long next;

  LineWriter(
      JdbcTemplate jdbc,
      TransactionTemplate eachBatch,
      long runId,
      LineKind kind,
      LineBlocks blocks,
      RunRules rules,
      String ruleset) {
    this.jdbc = jdbc;
    this.eachBatch = eachBatch;
    this.runId = runId;
    this.kind = kind;
    this.blocks = blocks;
    this.rules = rules;
    this.ruleset = ruleset;
  }

  @Override
  public void accept(PolicyLine line) {
    // a line's rule-set hash is not stored: it is its run's
    if (!ruleset.equals(line.rulesetSha256())) {
      throw new IllegalArgumentException(
          "a line of rule set "
              + line.rulesetSha256()
              + " cannot be written into a run of rule set "
              + ruleset);
    }
    buffer.add(line);
    if (buffer.size() == BATCH) {
      flush();
    }
  }

  /** How many lines were given to this writer. */
  public long written() {
    return next + buffer.size();
  }

  /** Writes the lines given so far; more may follow. */
  public void flush() {
    if (buffer.isEmpty()) {
      return;
    }
    // rules and operators met for the first time are numbered (and committed) before the batch's
    // transaction opens: numbering inside it would hold two connections while asking for a third
    for (PolicyLine l : buffer) {
      ruleNumber(l);
      block(l);
    }
    if (eachBatch == null) {
      insertBuffer();
    } else {
      eachBatch.executeWithoutResult(status -> insertBuffer());
    }
    buffer.clear();
  }

  private void insertBuffer() {
    // plain JDBC: the per-parameter type resolution of a generic batch update shows in profiles
    jdbc.execute(
        INSERT_LINE,
        (PreparedStatement ps) -> {
          for (PolicyLine l : buffer) {
            bind(ps, l, next++);
            ps.addBatch();
          }
          return ps.executeBatch();
        });
  }

  /** Writes the rest of the lines and the statement rows of all lines given to this writer. */
  public void finish() {
    flush();
    statement.write(jdbc, runId, kind.name());
  }

  static BigDecimal stored(BigDecimal value, int scale) {
    return value.setScale(scale, RoundingMode.HALF_UP);
  }

  private int ruleNumber(PolicyLine l) {
    return ruleNumbers.computeIfAbsent(
        new RunRules.Rule(l.rule(), l.policyFile()), r -> rules.numberOf(r.rule(), r.policyFile()));
  }

  private LineBlocks.Block block(PolicyLine l) {
    return blockOf.computeIfAbsent(l.operatorId(), op -> blocks.of(runId, kind, op));
  }

  private void bind(PreparedStatement ps, PolicyLine l, long lineNo) throws SQLException {
    BigDecimal quantity = stored(l.quantity(), QUANTITY_SCALE);
    // rounded once, to the currency's minor unit, by the rule that made the line: stored exactly
    BigDecimal amount = l.amount().amount().setScale(AMOUNT_SCALE, RoundingMode.UNNECESSARY);
    statement.add(l, quantity, amount);
    ps.setLong(1, block(l).idOf(lineNo));
    ps.setLong(2, runId);
    ps.setString(3, kind.name());
    ps.setString(4, l.component().name());
    ps.setString(5, l.windowClass() == null ? null : l.windowClass().name());
    ps.setString(6, l.payer());
    ps.setString(7, l.payee());
    ps.setString(8, l.operatorId());
    ps.setString(9, l.chargerId());
    ps.setString(10, l.recordType().name());
    ps.setString(11, l.recordId());
    ps.setInt(12, l.recordVersion());
    ps.setBigDecimal(13, quantity);
    ps.setString(14, l.unit());
    if (l.rate() == null) {
      ps.setNull(15, Types.NUMERIC);
    } else {
      ps.setBigDecimal(15, l.rate());
    }
    ps.setBigDecimal(16, amount);
    ps.setString(17, l.amount().currency().getCurrencyCode());
    ps.setInt(18, ruleNumber(l));
    ps.setString(19, l.explanation());
    ps.setLong(20, lineNo);
  }
}
