package org.evsettle.settlement.whatif;

import java.math.BigDecimal;
import java.util.List;

/**
 * A record whose lines differ between the latest run and the draft: by how much in all (the sum,
 * over its components and window classes, of each one's absolute difference), and its lines on both
 * sides with their explanations.
 */
public record RecordChange(
    String operatorId, String recordType, String recordId, BigDecimal change, List<Line> lines) {

  public RecordChange {
    lines = List.copyOf(lines);
  }

  /** One line of the record, in the latest run or in the draft. */
  public record Line(
      Side side,
      String component,
      String windowClass,
      BigDecimal quantity,
      String unit,
      BigDecimal rate,
      BigDecimal amount,
      String currency,
      String rule,
      String policyFile,
      String explanation) {}
}
