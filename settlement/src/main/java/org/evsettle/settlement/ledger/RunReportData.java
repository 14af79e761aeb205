package org.evsettle.settlement.ledger;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The figures of a run's workbooks, as rows of named columns in a stable order: totals by operator
 * and component, energy by window class, the operators' measures (valley share, sessions not
 * subsidised), compliance violations, and the data quality of the inputs.
 */
@Repository
public class RunReportData {

  private final JdbcTemplate jdbc;
  private final NamedParameterJdbcTemplate named;

  public RunReportData(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.named = new NamedParameterJdbcTemplate(jdbc);
  }

  public List<Map<String, Object>> totalsByOperator(long runId) {
    return jdbc.queryForList(
        "select operator_id, component, kind, sum(lines) as lines, sum(quantity) as quantity,"
            + " sum(amount) as amount from run_statement where run_id = ?"
            + " group by operator_id, component, kind order by operator_id, component, kind desc",
        runId);
  }

  public List<Map<String, Object>> energyByWindow(long runId) {
    return jdbc.queryForList(
        "select operator_id, window_class, sum(quantity) as kwh, sum(amount) as amount"
            + " from run_statement s where run_id = ? and kind = 'SETTLEMENT' and component in"
            + " (select component from run_component c where c.run_id = s.run_id"
            + " and c.counts_energy) group by operator_id, window_class"
            + " order by operator_id, window_class",
        runId);
  }

  public List<Map<String, Object>> subsidies(long runId) {
    return jdbc.queryForList(
        // what the fund pays (SUBSIDY and a pack's own fund components, such as a bonus) and
        // what is owed back to it as withheld subsidy; other payments to a fund (a price cap's
        // excess) are not subsidy and show with their own component
        "select operator_id,"
            + " sum(case when c.payer_role = 'FUND' then amount else 0 end) as subsidy,"
            + " sum(case when s.component = 'WITHHELD' then amount else 0 end) as withheld,"
            + " sum(case when s.component = 'SUBSIDY' then quantity else 0 end) as subsidised_kwh"
            + " from run_statement s join run_component c"
            + " on c.run_id = s.run_id and c.component = s.component"
            + " where s.run_id = ? and (c.payer_role = 'FUND' or s.component = 'WITHHELD')"
            + " and s.kind = 'SETTLEMENT'"
            + " group by operator_id order by operator_id",
        runId);
  }

  public List<Map<String, Object>> operatorMeasures(long runId) {
    return jdbc.queryForList(
        "select operator_id, measure, subject, measured, target from run_operator_summary"
            + " where run_id = ? order by operator_id, measure, subject",
        runId);
  }

  public List<Map<String, Object>> violations(long runId) {
    return jdbc.queryForList(
        "select operator_id, charger_id, requirement, reference, detail from run_violation"
            + " where run_id = ? order by operator_id, charger_id, requirement",
        runId);
  }

  /**
   * The files a run's period was settled from, in the order received: a file is the period's when a
   * record it stored falls in the period (sessions and discharges by start, readings, prices and
   * carbon by their interval, dispatch events by start, ratings by quarter); registries (chargers,
   * sites) are every period's; a file that stored nothing (refused, a duplicate, interrupted) is
   * known only by its arrival, from the period's start. None received after the run started, which
   * could not have read it. A receipt left in progress by an interrupted ingestion is listed until
   * the sender's same file is received again: then the later receipt is the file's.
   */
  public List<Map<String, Object>> inputFiles(long runId, Instant from, Instant to) {
    return named.queryForList(
        "select party_role, party_id, file_name, record_type, status, accepted, corrected,"
            + " duplicates, rejected, sha256 from ingested_file where id in ("
            + FILES_OF_THE_PERIOD
            + ") order by id",
        periodParameters(runId, from, to));
  }

  /** The rows rejected from the period's files ({@link #inputFiles}), by sender and reason. */
  public List<Map<String, Object>> rejectedRowsByReason(long runId, Instant from, Instant to) {
    return named.queryForList(
        "select f.party_id, q.code, count(*) as rows_rejected from quarantined_row q"
            + " join ingested_file f on f.id = q.file_id where f.id in ("
            + FILES_OF_THE_PERIOD
            + ") group by f.party_id, q.code order by f.party_id, q.code",
        periodParameters(runId, from, to));
  }

  private static final String STORED_IN_THE_PERIOD =
      "select file_id from charging_session where started_at >= :from and started_at < :to"
          + " union select file_id from v2g_discharge where started_at >= :from"
          + " and started_at < :to"
          + " union select file_id from interval_reading where interval_start >= :from"
          + " and interval_start < :to"
          + " union select file_id from utility_price where interval_start >= :from"
          + " and interval_start < :to"
          + " union select file_id from carbon_intensity where hour_start >= :from"
          + " and hour_start < :to"
          + " union select file_id from dispatch_event where starts_at >= :from and starts_at < :to"
          + " union select file_id from station_rating where quarter = :quarter";

  private static final String FILES_OF_THE_PERIOD =
      "select f.id from ingested_file f"
          + " where f.received_at <= (select created_at from settlement_run where id = :run)"
          + " and not (f.status = 'IN_PROGRESS' and exists (select 1 from ingested_file later"
          + " where later.party_role = f.party_role and later.party_id = f.party_id"
          + " and later.sha256 = f.sha256 and later.id > f.id))"
          + " and (f.record_type in ('CHARGERS', 'SITES', 'TARIFFS')"
          + " or (f.accepted + f.corrected = 0 and f.received_at >= :from)"
          + " or f.id in ("
          + STORED_IN_THE_PERIOD
          + "))";

  private MapSqlParameterSource periodParameters(long runId, Instant from, Instant to) {
    // the quarter of the run's month, as ratings name it (2026-Q4): not of the instant the
    // period starts at, which is in the month before in UTC for a zone east of it
    YearMonth period =
        YearMonth.parse(
            jdbc.queryForObject(
                "select period from settlement_run where id = ?", String.class, runId));
    return new MapSqlParameterSource()
        .addValue("run", runId)
        .addValue("from", from.atOffset(ZoneOffset.UTC))
        .addValue("to", to.atOffset(ZoneOffset.UTC))
        .addValue("quarter", period.getYear() + "-Q" + ((period.getMonthValue() - 1) / 3 + 1));
  }

  /** When a run was created and completed (null while it is not). */
  public Map<String, Object> runTimes(long runId) {
    return jdbc.queryForMap(
        "select created_at, completed_at from settlement_run where id = ?", runId);
  }

  /** A run's amounts by component, kind and currency, with their lines. */
  public List<Map<String, Object>> totalsByComponent(long runId) {
    return jdbc.queryForList(
        "select component, kind, currency, sum(lines) as lines, sum(amount) as amount"
            + " from run_statement where run_id = ? group by component, kind, currency"
            + " order by kind desc, component, currency",
        runId);
  }

  /** How many sessions a run settled: those with a settlement line, each once. */
  public long sessionsSettled(long runId) {
    return jdbc.queryForObject(
        "select count(*) from (select distinct operator_id, record_id from settlement_line"
            + " where run_id = ? and kind = 'SETTLEMENT' and record_type = 'SESSIONS') s",
        Long.class,
        runId);
  }

  /** The subjects of a run's period-wide lines (cards, sites, dispatch events), once each. */
  public List<PeriodSource.Subject> periodSubjects(long runId) {
    return jdbc.query(
        "select distinct record_type, record_id, operator_id from settlement_line"
            + " where run_id = ? and kind = 'SETTLEMENT' and record_type in (?, ?, ?)"
            + " order by record_type, record_id, operator_id",
        (rs, n) ->
            new PeriodSource.Subject(
                org.evsettle.settlement.domain.LineSubject.valueOf(rs.getString(1)),
                rs.getString(2),
                rs.getString(3)),
        runId,
        org.evsettle.settlement.domain.LineSubject.CARDS.name(),
        org.evsettle.settlement.domain.LineSubject.SITES.name(),
        org.evsettle.settlement.domain.LineSubject.DISPATCH.name());
  }
}
