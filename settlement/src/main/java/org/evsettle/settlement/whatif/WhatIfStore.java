package org.evsettle.settlement.whatif;

import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;
import org.evsettle.settlement.domain.ComponentDefinition;
import org.evsettle.settlement.domain.Money;
import org.evsettle.settlement.domain.Payer;
import org.evsettle.settlement.ledger.SettlementRun;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The what-ifs' own tables: a draft's lines are written here, compared with the latest run of the
 * period, and deleted. Nothing of the ledger is written.
 */
@Repository
public class WhatIfStore {

  // one operator's lines of both settlements and the draft's refusals, sorted by record: a sort
  // spills to disk where a GROUP BY over a month would be held in memory (see Adjustments)
  private static final String BY_RECORD =
      "select 'L' side, record_type, record_id, component, window_class, amount, currency,"
          + " cast(null as varchar(2000)) reason from settlement_line"
          + " where run_id = ? and kind = 'SETTLEMENT' and operator_id = ?"
          + " union all"
          + " select 'D', record_type, record_id, component, window_class, amount, currency, null"
          + " from whatif_line where whatif_id = ? and operator_id = ?"
          + " union all"
          + " select 'R', 'SESSIONS', session_id, null, null, null, null, reason"
          + " from whatif_refusal where whatif_id = ? and operator_id = ?"
          + " order by record_type, record_id, side";

  private static final String LATEST_LINES =
      "select l.component, l.window_class, l.quantity, l.unit, l.rate, l.amount, l.currency,"
          + " r.rule, r.policy_file, l.explanation from settlement_line l"
          + " join run_rule r on r.run_id = l.run_id and r.rule_no = l.rule_no"
          + " where l.run_id = ? and l.kind = 'SETTLEMENT' and l.operator_id = ?"
          + " and l.record_type = ? and l.record_id = ?"
          + " order by l.component, l.window_class nulls first, l.id";

  private static final String DRAFT_LINES =
      "select component, window_class, quantity, unit, rate, amount, currency, rule, policy_file,"
          + " explanation from whatif_line"
          + " where whatif_id = ? and operator_id = ? and record_type = ? and record_id = ?"
          + " order by component, window_class nulls first, amount, explanation";

  private static final Duration ABANDONED = Duration.ofDays(1);

  private final JdbcTemplate jdbc;

  public WhatIfStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Starts a what-if of a period; removes what earlier what-ifs killed over a day ago left. */
  public String begin(YearMonth period, Instant at) {
    var stale =
        jdbc.queryForList(
            "select id from whatif where started_at < ?",
            String.class,
            at.minus(ABANDONED).atOffset(ZoneOffset.UTC));
    stale.forEach(this::discard);
    String id = UUID.randomUUID().toString();
    jdbc.update(
        con -> {
          PreparedStatement ps =
              con.prepareStatement("insert into whatif (id, period, started_at) values (?, ?, ?)");
          ps.setString(1, id);
          ps.setString(2, period.toString());
          ps.setObject(3, at.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
          return ps;
        });
    return id;
  }

  public DraftLines draft(String whatIfId) {
    return new DraftLines(jdbc, whatIfId);
  }

  /** Deletes a what-if's lines and refusals. */
  public void discard(String whatIfId) {
    jdbc.update("delete from whatif_line where whatif_id = ?", whatIfId);
    jdbc.update("delete from whatif_refusal where whatif_id = ?", whatIfId);
    jdbc.update("delete from whatif where id = ?", whatIfId);
  }

  /**
   * Compares the draft's lines with the latest run's ({@code latest} null: there is none, and every
   * amount of it is zero); each session whose eligibility changes is given to {@code eligibility}
   * as found, in the order of operators and sessions.
   */
  public Comparison compare(
      String whatIfId,
      SettlementRun latest,
      List<ComponentDefinition> draftComponents,
      int mostChanged,
      Consumer<EligibilityChange> eligibility) {
    long runId = latest == null ? -1 : latest.id();
    var scan =
        new RecordScan(
            new RecordScan.FundSigns(latestFundSigns(runId), fundSigns(draftComponents)),
            mostChanged,
            eligibility);
    for (String operator : operators(whatIfId, runId)) {
      scan.operator(operator);
      jdbc.query(
          con -> {
            PreparedStatement ps = con.prepareStatement(BY_RECORD);
            ps.setLong(1, runId);
            ps.setString(2, operator);
            ps.setString(3, whatIfId);
            ps.setString(4, operator);
            ps.setString(5, whatIfId);
            ps.setString(6, operator);
            ps.setFetchSize(1000);
            return ps;
          },
          scan);
    }
    scan.finishRecord();
    List<RecordChange> leading = new ArrayList<>();
    for (RecordChange r : scan.leading()) {
      List<RecordChange.Line> lines = new ArrayList<>(lines(Side.LATEST, LATEST_LINES, runId, r));
      lines.addAll(lines(Side.DRAFT, DRAFT_LINES, whatIfId, r));
      leading.add(
          new RecordChange(r.operatorId(), r.recordType(), r.recordId(), r.change(), lines));
    }
    return new Comparison(
        scan.amounts(), leading, scan.eligibilityChanges(), scan.recordsChanged());
  }

  private List<String> operators(String whatIfId, long runId) {
    var operators =
        new TreeSet<>(
            jdbc.queryForList(
                "select distinct operator_id from run_statement where run_id = ?"
                    + " and kind = 'SETTLEMENT'",
                String.class,
                runId));
    operators.addAll(
        jdbc.queryForList(
            "select distinct operator_id from whatif_line where whatif_id = ?",
            String.class,
            whatIfId));
    operators.addAll(
        jdbc.queryForList(
            "select distinct operator_id from whatif_refusal where whatif_id = ?",
            String.class,
            whatIfId));
    return List.copyOf(operators);
  }

  private List<RecordChange.Line> lines(Side side, String sql, Object key, RecordChange r) {
    return jdbc.query(
        sql,
        (rs, n) -> {
          String currency = rs.getString("currency");
          return new RecordChange.Line(
              side,
              rs.getString("component"),
              rs.getString("window_class"),
              rs.getBigDecimal("quantity").stripTrailingZeros(),
              rs.getString("unit"),
              rs.getBigDecimal("rate") == null
                  ? null
                  : rs.getBigDecimal("rate").stripTrailingZeros(),
              Money.stored(rs.getBigDecimal("amount"), Currency.getInstance(currency)).amount(),
              currency,
              rs.getString("rule"),
              rs.getString("policy_file"),
              rs.getString("explanation"));
        },
        key,
        r.operatorId(),
        r.recordType(),
        r.recordId());
  }

  private Map<String, Integer> latestFundSigns(long runId) {
    Map<String, Integer> signs = new HashMap<>();
    jdbc.query(
        "select component, payer_role, payee_role from run_component where run_id = ?",
        rs -> {
          if (Payer.FUND.name().equals(rs.getString("payer_role"))) {
            signs.put(rs.getString("component"), 1);
          } else if (Payer.FUND.name().equals(rs.getString("payee_role"))) {
            signs.put(rs.getString("component"), -1);
          }
        },
        runId);
    return signs;
  }

  private static Map<String, Integer> fundSigns(List<ComponentDefinition> components) {
    Map<String, Integer> signs = new HashMap<>();
    for (ComponentDefinition c : components) {
      if (c.payer() == Payer.FUND) {
        signs.put(c.component().name(), 1);
      } else if (c.payee() == Payer.FUND) {
        signs.put(c.component().name(), -1);
      }
    }
    return signs;
  }
}
