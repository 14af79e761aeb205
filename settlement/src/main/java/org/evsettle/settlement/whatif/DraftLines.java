package org.evsettle.settlement.whatif;

import java.math.RoundingMode;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.evsettle.settlement.domain.PolicyLine;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a draft's lines, and the sessions it refused a subsidy, into the what-if's own tables in
 * JDBC batches, each committed on its own: a month of lines is never held in memory. Call {@link
 * #finish} when done.
 */
public final class DraftLines implements Consumer<PolicyLine> {

  private static final int BATCH = 2000;
  private static final String INSERT_LINE =
      "insert into whatif_line (whatif_id, operator_id, charger_id, component, window_class, payer,"
          + " payee, record_type, record_id, record_version, quantity, unit, rate, amount,"
          + " currency, rule, policy_file, explanation)"
          + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String INSERT_REFUSAL =
      "insert into whatif_refusal (whatif_id, operator_id, session_id, category, reason)"
          + " values (?, ?, ?, ?, ?)";

  private final JdbcTemplate jdbc;
  private final String whatIfId;
  private final List<PolicyLine> lines = new ArrayList<>(BATCH);
  private final List<String[]> refusals = new ArrayList<>();
  private long written;

  DraftLines(JdbcTemplate jdbc, String whatIfId) {
    this.jdbc = jdbc;
    this.whatIfId = whatIfId;
  }

  @Override
  public void accept(PolicyLine line) {
    lines.add(line);
    if (lines.size() == BATCH) {
      flushLines();
    }
  }

  /** A session the draft refused a subsidy, with the reason's category and the reason. */
  public void refused(String operatorId, String sessionId, String category, String reason) {
    refusals.add(new String[] {operatorId, sessionId, category, reason});
    if (refusals.size() == BATCH) {
      flushRefusals();
    }
  }

  /** How many lines were given to this writer. */
  public long written() {
    return written + lines.size();
  }

  public void finish() {
    flushLines();
    flushRefusals();
  }

  private void flushLines() {
    if (lines.isEmpty()) {
      return;
    }
    jdbc.execute(
        INSERT_LINE,
        (PreparedStatement ps) -> {
          for (PolicyLine l : lines) {
            ps.setString(1, whatIfId);
            ps.setString(2, l.operatorId());
            ps.setString(3, l.chargerId());
            ps.setString(4, l.component().name());
            ps.setString(5, l.windowClass() == null ? null : l.windowClass().name());
            ps.setString(6, l.payer());
            ps.setString(7, l.payee());
            ps.setString(8, l.recordType().name());
            ps.setString(9, l.recordId());
            ps.setInt(10, l.recordVersion());
            ps.setBigDecimal(11, l.quantity().setScale(6, RoundingMode.HALF_UP));
            ps.setString(12, l.unit());
            if (l.rate() == null) {
              ps.setNull(13, Types.NUMERIC);
            } else {
              ps.setBigDecimal(13, l.rate());
            }
            ps.setBigDecimal(14, l.amount().amount().setScale(4, RoundingMode.UNNECESSARY));
            ps.setString(15, l.amount().currency().getCurrencyCode());
            ps.setString(16, l.rule());
            ps.setString(17, l.policyFile());
            ps.setString(18, l.explanation());
            ps.addBatch();
          }
          return ps.executeBatch();
        });
    written += lines.size();
    lines.clear();
  }

  private void flushRefusals() {
    if (refusals.isEmpty()) {
      return;
    }
    jdbc.batchUpdate(
        INSERT_REFUSAL,
        refusals.stream().map(r -> new Object[] {whatIfId, r[0], r[1], r[2], r[3]}).toList(),
        new int[] {Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR});
    refusals.clear();
  }
}
