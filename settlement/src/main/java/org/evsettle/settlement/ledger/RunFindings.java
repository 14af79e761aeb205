package org.evsettle.settlement.ledger;

import java.math.BigDecimal;
import java.util.List;
import org.evsettle.settlement.domain.ComplianceViolation;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What a run found besides its lines: compliance violations and each operator's reported measures
 * (valley share, sessions not subsidised, site peaks, carbon). A failed partition's findings are
 * cleared with its lines ({@link LedgerStore#clearOperator}).
 */
@Repository
public class RunFindings {

  private final JdbcTemplate jdbc;

  public RunFindings(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void writeViolations(long runId, List<ComplianceViolation> violations) {
    List<Object[]> rows =
        violations.stream()
            .map(
                v ->
                    new Object[] {
                      runId,
                      v.operatorId(),
                      v.chargerId(),
                      v.requirement(),
                      v.reference(),
                      v.detail()
                    })
            .toList();
    jdbc.batchUpdate(
        "insert into run_violation (run_id, operator_id, charger_id, requirement,"
            + " reference, detail) values (?, ?, ?, ?, ?, ?)",
        rows);
  }

  public void writeSummary(
      long runId,
      String operatorId,
      String measure,
      String subject,
      BigDecimal value,
      BigDecimal target) {
    jdbc.update(
        "insert into run_operator_summary (run_id, operator_id, measure, subject, measured,"
            + " target) values (?, ?, ?, ?, ?, ?)",
        runId,
        operatorId,
        measure,
        subject,
        value,
        target);
  }

  public long violations(long runId) {
    return jdbc.queryForObject(
        "select count(*) from run_violation where run_id = ?", Long.class, runId);
  }
}
