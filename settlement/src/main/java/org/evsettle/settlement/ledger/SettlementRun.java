package org.evsettle.settlement.ledger;

import java.time.YearMonth;

/**
 * A settlement run of a period: INITIAL (sequence 0), R1, R2, ... (sequence n), or FINAL, after
 * which nothing more is settled for the period. Its id is {@code <period>-<type>}.
 */
public record SettlementRun(
    long id,
    YearMonth period,
    String type,
    int sequence,
    String packName,
    String packVersion,
    String rulesetSha256,
    RunStatus status) {

  public static final String INITIAL = "INITIAL";
  public static final String FINAL = "FINAL";

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
