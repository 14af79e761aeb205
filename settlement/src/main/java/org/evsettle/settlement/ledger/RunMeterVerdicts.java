package org.evsettle.settlement.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.evsettle.settlement.domain.MeterVerdict;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * The verdicts on sessions' signed meter values that a run's rules checked: written as the engine
 * tells them, in batches, and read back per run in (operator, session) order, page by page, so
 * neither side holds a month of them. A failed partition's verdicts are cleared with its lines
 * ({@link LedgerStore#clearOperator}).
 */
@Repository
public class RunMeterVerdicts {

  /** The longest reason kept: the verifier quotes the data, which a sender controls. */
  static final int REASON_LIMIT = 1000;

  private static final int BATCH = 1000;

  private static final String PAGE =
      "select * from run_meter_verdict where run_id = ? and (operator_id > ? or (operator_id = ?"
          + " and session_id > ?)) order by operator_id, session_id fetch first "
          + KeysetPages.PAGE_ROWS
          + " rows only";

  private static final RowMapper<MeterVerdict> MAPPER =
      (rs, n) ->
          new MeterVerdict(
              rs.getString("operator_id"),
              rs.getString("charger_id"),
              rs.getString("session_id"),
              rs.getInt("session_version"),
              rs.getString("verdict"),
              rs.getString("reason"),
              rs.getBigDecimal("signed_kwh"),
              rs.getBigDecimal("reported_kwh"));

  private final JdbcTemplate jdbc;

  public RunMeterVerdicts(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A writer of one run's verdicts; {@link Writer#finish} writes what it still holds. */
  public Writer writer(long runId) {
    return new Writer(runId);
  }

  /** The run's verdicts in (operator, session) order. Close the stream. */
  public Stream<MeterVerdict> of(long runId) {
    return KeysetPages.stream(
        previous -> {
          if (previous == null) {
            return jdbc.query(PAGE, MAPPER, runId, "", "", "");
          }
          MeterVerdict last = KeysetPages.last(previous);
          return jdbc.query(
              PAGE, MAPPER, runId, last.operatorId(), last.operatorId(), last.sessionId());
        });
  }

  /** Buffers verdicts and inserts them a batch at a time. */
  public final class Writer implements Consumer<MeterVerdict> {
    private final long runId;
    private final List<Object[]> rows = new ArrayList<>(BATCH);

    private Writer(long runId) {
      this.runId = runId;
    }

    @Override
    public void accept(MeterVerdict v) {
      String reason = v.reason();
      rows.add(
          new Object[] {
            runId,
            v.operatorId(),
            v.sessionId(),
            v.sessionVersion(),
            v.chargerId(),
            v.verdict(),
            reason.length() > REASON_LIMIT ? reason.substring(0, REASON_LIMIT - 1) + "…" : reason,
            v.signedKwh(),
            v.reportedKwh()
          });
      if (rows.size() == BATCH) {
        finish();
      }
    }

    public void finish() {
      if (rows.isEmpty()) {
        return;
      }
      jdbc.batchUpdate(
          "insert into run_meter_verdict (run_id, operator_id, session_id, session_version,"
              + " charger_id, verdict, reason, signed_kwh, reported_kwh)"
              + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
          rows);
      rows.clear();
    }
  }
}
