package org.evsettle.rules.engine;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.evsettle.settlement.domain.ComplianceViolation;

/**
 * What an evaluation found besides its lines: compliance violations, the valley share per group of
 * posts, the subsidy refused per reason, each charger's subsidised energy for the year so far (the
 * next run of the year starts from it), and other reported measures (the carbon of charging).
 */
public record Evaluation(
    String rulesetSha256,
    long lines,
    List<ComplianceViolation> violations,
    List<ValleyShareResult> valleyShares,
    Map<String, Long> refusals,
    BigDecimal cappedKwh,
    Map<String, BigDecimal> capUsedAfter,
    List<Measure> measures) {

  /** A session refused a subsidy: its operator and id, the reason's category and the reason. */
  public record Refusal(String operatorId, String sessionId, String category, String reason) {}

  /** A figure reported for the operator (not paid): what it measures, of what, and its value. */
  public record Measure(String measure, String subject, BigDecimal measured) {}

  /** The valley share of one group of an operator's posts against the pack's target. */
  public record ValleyShareResult(
      String operatorId,
      String group,
      BigDecimal valleyKwh,
      BigDecimal totalKwh,
      BigDecimal percent,
      BigDecimal targetPercent,
      boolean meetsTarget) {}
}
