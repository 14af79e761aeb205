package org.evsettle.settlement.ledger;

import java.time.YearMonth;

/**
 * A settlement run of a period: INITIAL (sequence 0), R1, R2, ... (sequence n), or FINAL, after
 * which nothing more is settled for the period. Its id is {@code <period>-<type>}. {@code approval}
 * says who submitted and who approved its pack; null for a run opened before approvals.
 */
public record SettlementRun(
    long id,
    YearMonth period,
    String type,
    int sequence,
    String packName,
    String packVersion,
    String rulesetSha256,
    RunStatus status,
    RunApproval approval) {

  public static final String INITIAL = "INITIAL";
  public static final String FINAL = "FINAL";

  /** A run without a recorded approval (tests of what does not depend on one). */
  public SettlementRun(
      long id,
      YearMonth period,
      String type,
      int sequence,
      String packName,
      String packVersion,
      String rulesetSha256,
      RunStatus status) {
    this(id, period, type, sequence, packName, packVersion, rulesetSha256, status, null);
  }

  public String runId() {
    return runId(period, type);
  }

  public static String runId(YearMonth period, String type) {
    return period + "-" + type;
  }

  public boolean isFinal() {
    return FINAL.equals(type);
  }

  /** The type of the run after this one: R1 after INITIAL, R(n+1) after Rn. */
  public static String typeFor(int sequence, boolean fin) {
    if (fin) {
      return FINAL;
    }
    return sequence == 0 ? INITIAL : "R" + sequence;
  }
}
