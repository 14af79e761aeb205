package org.evsettle.batch.settle;

import java.nio.file.Path;
import java.time.YearMonth;
import org.evsettle.rules.engine.Evaluation;
import org.evsettle.rules.engine.MarketTotals;
import org.evsettle.rules.engine.PolicyEngine;
import org.evsettle.rules.model.SiteLoad;
import org.evsettle.rules.pack.CompiledPack;
import org.evsettle.settlement.ledger.LedgerStore;
import org.evsettle.settlement.ledger.RunFindings;
import org.evsettle.settlement.ledger.RunMeterVerdicts;
import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;

/**
 * Settles one operator's partition of a run: what an earlier, failed attempt left is cleared, the
 * pack is evaluated over the latest inputs, and lines, violations, the verdicts on sessions' signed
 * meter values and the operator's summary are written. The lines are committed batch by batch (see
 * {@link LedgerStore#partitionLineWriter}); the rest in the step's one transaction, which a failure
 * rolls back.
 */
public class OperatorSettlementTasklet implements Tasklet {

  /** The summary measure of a registered site's 15-minute peak, against its connection limit. */
  public static final String SITE_PEAK = "site peak kW";

  private final long runId;
  private final String expectedSha;
  private final String operatorId;
  private final YearMonth period;
  private final Path rules;
  private final String pack;
  private final int batchSize;
  private final PackProvider packs;
  private final MarketTotalsProvider market;
  private final PartitionReader partitions;
  private final LedgerStore ledger;
  private final RunFindings findings;
  private final RunMeterVerdicts meterVerdicts;
  private final SettleFaults faults;

  public OperatorSettlementTasklet(
      SettleParameters p,
      String operatorId,
      int batchSize,
      PackProvider packs,
      MarketTotalsProvider market,
      PartitionReader partitions,
      LedgerStore ledger,
      RunFindings findings,
      RunMeterVerdicts meterVerdicts,
      SettleFaults faults) {
    this.runId = p.runId();
    this.expectedSha = p.rulesetSha256();
    this.operatorId = operatorId;
    this.period = p.period();
    this.rules = p.rules();
    this.pack = p.pack();
    this.batchSize = batchSize;
    this.packs = packs;
    this.market = market;
    this.partitions = partitions;
    this.ledger = ledger;
    this.findings = findings;
    this.meterVerdicts = meterVerdicts;
    this.faults = faults;
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext context) {
    CompiledPack compiled = packs.select(rules, pack, period).pack();
    if (!compiled.sha256().equals(expectedSha)) {
      throw new IllegalStateException(
          "the pack changed since this run started (rule set "
              + expectedSha
              + ", now "
              + compiled.sha256()
              + "): restore it to resume the run");
    }
    ledger.clearOperator(runId, operatorId);
    try {
      settle(compiled, contribution);
    } catch (RuntimeException | Error e) {
      // the lines were committed batch by batch: the step's rollback does not take them back
      try {
        ledger.discardPartitionLines(runId, operatorId);
      } catch (RuntimeException discardFailed) {
        e.addSuppressed(discardFailed);
      }
      throw e;
    }
    return RepeatStatus.FINISHED;
  }

  private void settle(CompiledPack compiled, StepContribution contribution) {
    var lines = ledger.partitionLineWriter(runId);
    var verdicts = meterVerdicts.writer(runId);
    MarketTotals totals = market.forRun(runId, compiled, period);
    Evaluation evaluation =
        partitions.read(
            operatorId,
            period,
            compiled.manifest().zoneId(),
            partition ->
                new PolicyEngine(batchSize)
                    .tellingMeterVerdicts(verdicts)
                    .evaluate(compiled, partition, totals, lines));
    lines.finish();
    verdicts.finish();
    for (Object fact : totals.factsFor(operatorId)) {
      if (fact instanceof SiteLoad site && site.isRegistered()) {
        findings.writeSummary(
            runId,
            operatorId,
            SITE_PEAK,
            site.getSiteId(),
            site.getPeakKw(),
            site.getMaxDemandKw());
      }
    }
    findings.writeViolations(runId, evaluation.violations());
    for (var share : evaluation.valleyShares()) {
      findings.writeSummary(
          runId,
          operatorId,
          "valley share percent",
          share.group(),
          share.percent(),
          share.targetPercent());
    }
    for (var refusal : new java.util.TreeMap<>(evaluation.refusals()).entrySet()) {
      findings.writeSummary(
          runId,
          operatorId,
          "sessions not subsidised",
          refusal.getKey(),
          java.math.BigDecimal.valueOf(refusal.getValue()),
          null);
    }
    for (var measure : evaluation.measures()) {
      findings.writeSummary(
          runId, operatorId, measure.measure(), measure.subject(), measure.measured(), null);
    }
    findings.writeSummary(
        runId,
        operatorId,
        "subsidy capped kWh",
        "over the annual cap",
        evaluation.cappedKwh(),
        null);
    contribution.incrementWriteCount(evaluation.lines());
    faults.check(operatorId);
  }
}
