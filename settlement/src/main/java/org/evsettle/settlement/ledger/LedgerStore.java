package org.evsettle.settlement.ledger;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.evsettle.settlement.domain.ComponentDefinition;
import org.evsettle.settlement.persistence.IngestStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs and lines of the ledger, written in JDBC batches. Lines of a RUNNING run may be replaced
 * operator by operator (a resumed run rewrites a failed partition); a COMPLETED run is never
 * written again.
 */
@Repository
public class LedgerStore {

  // A page of a part's lines in published order: a range of the table's own key (LineBlocks)
  static final String LINES_OF_BLOCK =
      "select * from settlement_line where id > ? and id < ? order by id fetch first "
          + KeysetPages.PAGE_ROWS
          + " rows only";
  private static final List<LineKind> PUBLISHED_KINDS =
      List.of(LineKind.SETTLEMENT, LineKind.ADJUSTMENT);

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;
  private final LineBlocks blocks;
  // the rule numbers of the runs being written, shared by their partitions
  private final Map<Long, RunRules> rulesOfRuns = new java.util.concurrent.ConcurrentHashMap<>();

  public LedgerStore(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.blocks = new LineBlocks(jdbc, ownTransaction);
  }

  public List<SettlementRun> runs(YearMonth period) {
    return jdbc.query(
        "select * from settlement_run where period = ? order by sequence",
        (rs, n) -> run(rs),
        period.toString());
  }

  /** A run of a pack with the built-in components only and no recorded approval (tests). */
  public SettlementRun openRun(
      YearMonth period,
      String type,
      int sequence,
      String packName,
      String packVersion,
      String rulesetSha256,
      Instant createdAt) {
    return openRun(
        period,
        type,
        sequence,
        packName,
        packVersion,
        rulesetSha256,
        ComponentDefinition.builtIn(),
        createdAt,
        null);
  }

  /** A new run, with the components its pack defines and the approval its pack had. */
  public SettlementRun openRun(
      YearMonth period,
      String type,
      int sequence,
      String packName,
      String packVersion,
      String rulesetSha256,
      List<ComponentDefinition> components,
      Instant createdAt,
      RunApproval approval) {
    var keys = new GeneratedKeyHolder();
    jdbc.update(
        con -> {
          var ps =
              con.prepareStatement(
                  "insert into settlement_run (run_id, period, run_type, sequence, pack_name, pack_version,"
                      + " ruleset_sha256, status, created_at, submitted_by, approved_by, approved_at)"
                      + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                  new String[] {"id"});
          ps.setString(1, SettlementRun.runId(period, type));
          ps.setString(2, period.toString());
          ps.setString(3, type);
          ps.setInt(4, sequence);
          ps.setString(5, packName);
          ps.setString(6, packVersion);
          ps.setString(7, rulesetSha256);
          ps.setString(8, RunStatus.RUNNING.name());
          ps.setObject(9, createdAt.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
          ps.setString(10, approval == null ? null : approval.submittedBy());
          ps.setString(11, approval == null ? null : approval.approvedBy());
          ps.setObject(
              12,
              approval == null ? null : approval.approvedAt().atOffset(ZoneOffset.UTC),
              Types.TIMESTAMP_WITH_TIMEZONE);
          return ps;
        },
        keys);
    long id = keys.getKey().longValue();
    jdbc.batchUpdate(
        "insert into run_component (run_id, component, payer_role, payee_role, counts_energy)"
            + " values (?, ?, ?, ?, ?)",
        components.stream()
            .map(
                c ->
                    new Object[] {
                      id, c.component().name(), c.payer().name(), c.payee().name(), c.countsEnergy()
                    })
            .toList());
    return new SettlementRun(
        id,
        period,
        type,
        sequence,
        packName,
        packVersion,
        rulesetSha256,
        RunStatus.RUNNING,
        approval);
  }

  /**
   * Completes a run, never to be written again. Its statement rows were written with its lines
   * ({@link LineWriter#finish}).
   */
  public void complete(long runId, Instant at) {
    requireRunning(runId);
    markCompleted(runId, at);
  }

  private void markCompleted(long runId, Instant at) {
    rulesOfRuns.remove(runId);
    jdbc.update(
        "update settlement_run set status = ?, completed_at = ? where id = ? and status = ?",
        RunStatus.COMPLETED.name(),
        at.atOffset(ZoneOffset.UTC),
        runId,
        RunStatus.RUNNING.name());
  }

  /** Removes what a failed attempt may have left of one operator's part of a RUNNING run. */
  public void clearOperator(long runId, String operatorId) {
    requireRunning(runId);
    discardPartitionLines(runId, operatorId);
    jdbc.update(
        "delete from run_statement where run_id = ? and kind = 'SETTLEMENT' and operator_id = ?",
        runId,
        operatorId);
    jdbc.update(
        "delete from run_violation where run_id = ? and operator_id = ?", runId, operatorId);
    jdbc.update(
        "delete from run_operator_summary where run_id = ? and operator_id = ?", runId, operatorId);
    jdbc.update(
        "delete from run_meter_verdict where run_id = ? and operator_id = ?", runId, operatorId);
  }

  /**
   * Deletes, in a transaction of its own, the settlement lines of one operator's part of a RUNNING
   * run: they are committed batch by batch (see {@link #partitionLineWriter}), so their removal is
   * too, and the part's own transaction never holds a lock on a line.
   */
  public void discardPartitionLines(long runId, String operatorId) {
    requireRunning(runId);
    // adjustments are written in one transaction after every operator's part, so only settlement
    // lines can be left over, in the part's block
    blocks
        .existing(runId, LineKind.SETTLEMENT, operatorId)
        .ifPresent(
            block ->
                ownTransaction.executeWithoutResult(
                    status ->
                        jdbc.update(
                            "delete from settlement_line where id >= ? and id < ?",
                            block.first(),
                            block.end())));
  }

  /** The block of an operator's settlement lines in a run; an empty one if it has none. */
  LineBlocks.Block settlementPart(long runId, String operatorId) {
    return blocks.existing(runId, LineKind.SETTLEMENT, operatorId).orElse(LineBlocks.Block.NONE);
  }

  /**
   * A writer of lines of one kind for {@code runId}, numbered in the order it is given them,
   * written in the caller's transaction.
   */
  public LineWriter lineWriter(long runId, LineKind kind) {
    return new LineWriter(jdbc, null, runId, kind, blocks, rulesOf(runId), rulesetOf(runId));
  }

  /**
   * A writer of the settlement lines of one operator's part of {@code runId} that commits each
   * batch of lines in a transaction of its own; its statement rows are written in the caller's.
   * Holding a month of an operator's lines in one open transaction made the database keep and
   * rewrite every one of them at the commit (a seventh of a settle). A part that fails discards the
   * lines committed so far ({@link #discardPartitionLines}); should that fail too, or the process
   * die, the run is not complete, so nothing reads them, and {@link #clearOperator} removes them
   * when the part is settled again.
   */
  public LineWriter partitionLineWriter(long runId) {
    return new LineWriter(
        jdbc, ownTransaction, runId, LineKind.SETTLEMENT, blocks, rulesOf(runId), rulesetOf(runId));
  }

  private RunRules rulesOf(long runId) {
    return rulesOfRuns.computeIfAbsent(runId, id -> new RunRules(jdbc, ownTransaction, id));
  }

  private String rulesetOf(long runId) {
    return jdbc.queryForObject(
        "select ruleset_sha256 from settlement_run where id = ?", String.class, runId);
  }

  // each run's settlement lines as the id ranges of its parts' blocks: lines have no other index
  static final String CAP_USED =
      "select l.charger_id, sum(l.quantity) from settlement_run r"
          + " join line_block b on b.run_id = r.id and b.kind = 'SETTLEMENT'"
          + " join settlement_line l on l.id >= b.id * "
          + LineBlocks.BLOCK_SIZE
          + " and l.id < (b.id + 1) * "
          + LineBlocks.BLOCK_SIZE
          + " where l.component = 'SUBSIDY' and r.status = 'COMPLETED'"
          + " and r.period >= ? and r.period < ?"
          + " and r.sequence = (select max(r2.sequence) from settlement_run r2"
          + "   where r2.period = r.period and r2.status = 'COMPLETED')"
          + " group by l.charger_id";

  /**
   * Subsidised energy per charger in the periods of the same year before {@code period}, from the
   * latest completed run of each: the annual cap is counted across the year's runs.
   */
  public Map<String, BigDecimal> capUsedBefore(YearMonth period) {
    Map<String, BigDecimal> used = new HashMap<>();
    jdbc.query(
        CAP_USED,
        rs -> {
          used.put(rs.getString(1), rs.getBigDecimal(2));
        },
        period.getYear() + "-01",
        period.toString());
    return used;
  }

  /** One line per kind and component: "SETTLEMENT ENERGY 12 lines 34.56 CNY", in that order. */
  public List<String> totals(long runId) {
    return jdbc.query(
        "select kind, component, sum(lines), sum(amount), max(currency) from run_statement"
            + " where run_id = ? group by kind, component order by kind desc, component",
        (rs, n) ->
            rs.getString(1)
                + " "
                + rs.getString(2)
                + " "
                + rs.getLong(3)
                + " lines "
                + org.evsettle.settlement.domain.Money.stored(
                        rs.getBigDecimal(4), java.util.Currency.getInstance(rs.getString(5)))
                    .amount()
                    .toPlainString()
                + " "
                + rs.getString(5),
        runId);
  }

  /** How many lines a run has, of every kind, as its statements count them. */
  public long lineCount(long runId) {
    return jdbc.queryForObject(
        "select coalesce(sum(lines), 0) from run_statement where run_id = ?", Long.class, runId);
  }

  /**
   * Streams a run's lines in their published order: settlement lines before adjustments, then by
   * operator, then in the order the operator's lines were written.
   */
  public java.util.stream.Stream<LedgerLine> lines(long runId) {
    return lines(runId, PUBLISHED_KINDS);
  }

  /** Streams a run's lines of one kind, in their published order. */
  public java.util.stream.Stream<LedgerLine> lines(long runId, LineKind kind) {
    return lines(runId, List.of(kind));
  }

  private java.util.stream.Stream<LedgerLine> lines(long runId, List<LineKind> kinds) {
    var mapper = new LineMapper(RunRules.of(jdbc, runId), rulesetOf(runId));
    List<LineBlocks.Block> parts = new ArrayList<>();
    kinds.forEach(kind -> parts.addAll(blocks.ofRun(runId, kind)));
    // the lines of a run do not change once written: the next page is read while this one is used
    return KeysetPages.<LineMapper.NumberedLine>prefetching(
            previous -> pageAfter(parts, previous, mapper), "ledger-lines-" + runId)
        .map(LineMapper.NumberedLine::line);
  }

  /** The page after {@code previous}: the same part's next lines, else the next part's. */
  private List<LineMapper.NumberedLine> pageAfter(
      List<LineBlocks.Block> parts, List<LineMapper.NumberedLine> previous, LineMapper mapper) {
    int p = 0;
    if (previous != null) {
      long lastId = KeysetPages.last(previous).id();
      // parts are published in operator order, which need not be the order of their blocks
      while (parts.get(p).number() != lastId / LineBlocks.BLOCK_SIZE) {
        p++;
      }
      List<LineMapper.NumberedLine> page =
          jdbc.query(LINES_OF_BLOCK, mapper, lastId, parts.get(p).end());
      if (!page.isEmpty()) {
        return page;
      }
      p++;
    }
    for (; p < parts.size(); p++) {
      LineBlocks.Block part = parts.get(p);
      List<LineMapper.NumberedLine> page =
          jdbc.query(LINES_OF_BLOCK, mapper, part.first() - 1, part.end());
      if (!page.isEmpty()) {
        return page;
      }
    }
    return List.of();
  }

  private void requireRunning(long runId) {
    String status =
        jdbc.queryForObject("select status from settlement_run where id = ?", String.class, runId);
    if (!RunStatus.RUNNING.name().equals(status)) {
      throw new IllegalStateException("run " + runId + " is " + status + " and cannot be changed");
    }
  }

  static SettlementRun run(ResultSet rs) throws SQLException {
    return new SettlementRun(
        rs.getLong("id"),
        YearMonth.parse(rs.getString("period")),
        rs.getString("run_type"),
        rs.getInt("sequence"),
        rs.getString("pack_name"),
        rs.getString("pack_version"),
        rs.getString("ruleset_sha256"),
        RunStatus.valueOf(rs.getString("status")),
        approval(rs));
  }

  private static RunApproval approval(ResultSet rs) throws SQLException {
    String approvedBy = rs.getString("approved_by");
    return approvedBy == null
        ? null
        : new RunApproval(
            rs.getString("submitted_by"), approvedBy, IngestStore.instant(rs, "approved_at"));
  }

  JdbcTemplate jdbc() {
    return jdbc;
  }
}
