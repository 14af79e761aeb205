package org.evsettle.settlement.ledger;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The figures of a run's workbooks, as rows of named columns in a stable order: totals by operator
 * and component, energy by window class, the operators' measures (valley share, sessions not
 * subsidised), compliance violations, and the data quality of the inputs.
 */
@Repository
public class RunReportData {

  private final JdbcTemplate jdbc;

  public RunReportData(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
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
        // what is owed back to it (WITHHELD), as the run's components say
        "select operator_id,"
            + " sum(case when c.payer_role = 'FUND' then amount else 0 end) as subsidy,"
            + " sum(case when c.payee_role = 'FUND' then amount else 0 end) as withheld,"
            + " sum(case when s.component = 'SUBSIDY' then quantity else 0 end) as subsidised_kwh"
            + " from run_statement s join run_component c"
            + " on c.run_id = s.run_id and c.component = s.component"
            + " where s.run_id = ? and (c.payer_role = 'FUND' or c.payee_role = 'FUND')"
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

  public List<Map<String, Object>> inputFiles() {
    return jdbc.queryForList(
        "select party_role, party_id, file_name, record_type, status, accepted, corrected,"
            + " duplicates, rejected, sha256 from ingested_file order by id");
  }

  public List<Map<String, Object>> rejectedRowsByReason() {
    return jdbc.queryForList(
        "select f.party_id, q.code, count(*) as rows_rejected from quarantined_row q"
            + " join ingested_file f on f.id = q.file_id group by f.party_id, q.code"
            + " order by f.party_id, q.code");
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
