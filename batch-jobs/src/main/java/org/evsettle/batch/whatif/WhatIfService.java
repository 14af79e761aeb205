package org.evsettle.batch.whatif;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.evsettle.batch.settle.MarketTotalsProvider;
import org.evsettle.batch.settle.PartitionReader;
import org.evsettle.reports.whatif.WhatIfHeading;
import org.evsettle.reports.whatif.WhatIfReport;
import org.evsettle.rules.engine.MarketTotals;
import org.evsettle.rules.engine.PolicyEngine;
import org.evsettle.rules.pack.CompiledPack;
import org.evsettle.rules.pack.PolicyPacks;
import org.evsettle.settlement.ledger.InputSnapshot;
import org.evsettle.settlement.ledger.LedgerStore;
import org.evsettle.settlement.ledger.RunStatus;
import org.evsettle.settlement.ledger.SettlementRun;
import org.evsettle.settlement.whatif.Comparison;
import org.evsettle.settlement.whatif.DraftLines;
import org.evsettle.settlement.whatif.WhatIfStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Settles a draft pack against a period's latest inputs, as a run would, and compares it with the
 * period's latest completed run. The draft's lines go to the what-if's own tables and are deleted
 * once compared: the ledger, the outbox and the runs' reports are not written. The comparison is
 * written to {@code <home>/whatif/<period>/<timestamp>/}.
 */
@Service
public class WhatIfService {

  /** How many of the records that change most the comparison lists. */
  public static final int MOST_CHANGED = 20;

  private static final DateTimeFormatter FOLDER =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private static final Logger log = LoggerFactory.getLogger(WhatIfService.class);

  private final LedgerStore ledger;
  private final InputSnapshot inputs;
  private final PartitionReader partitions;
  private final MarketTotalsProvider market;
  private final WhatIfStore store;
  private final Clock clock;
  private final Path home;
  private final int batchSize;

  public WhatIfService(
      LedgerStore ledger,
      InputSnapshot inputs,
      PartitionReader partitions,
      MarketTotalsProvider market,
      WhatIfStore store,
      Clock clock,
      @Value("${evsettle.home}") Path home,
      @Value("${evsettle.settle.batch-size:2500}") int batchSize) {
    this.ledger = ledger;
    this.inputs = inputs;
    this.partitions = partitions;
    this.market = market;
    this.store = store;
    this.clock = clock;
    this.home = home;
    this.batchSize = batchSize;
  }

  /** What a what-if did: its folder, the run it compared with (or null), the draft, the result. */
  public record Outcome(
      Path folder,
      SettlementRun latest,
      CompiledPack draft,
      long draftLines,
      Comparison comparison) {}

  /**
   * A what-if of the pack named {@code pack} (null: the pack of the period's latest run, else
   * beijing) in {@code rules}; a draft that does not compile is refused with its problems.
   */
  public Outcome run(YearMonth period, Path rules, String pack) throws Exception {
    return run(period, rules, pack, clock.instant());
  }

  /** As {@link #run(YearMonth, Path, String)}, made at {@code started} (the demo's fixed time). */
  public Outcome run(YearMonth period, Path rules, String pack, Instant started) throws Exception {
    SettlementRun latest =
        ledger.runs(period).stream()
            .filter(r -> r.status() == RunStatus.COMPLETED)
            .reduce((a, b) -> b)
            .orElse(null);
    String name = pack != null ? pack : latest != null ? latest.packName() : "beijing";
    PolicyPacks packs = new PolicyPacks(rules.toAbsolutePath().normalize());
    Path version = packs.versionFor(name, period);
    CompiledPack draft = packs.select(name, period).pack();
    MarketTotals totals = market.forDraft(draft, period);
    String id = store.begin(period, started);
    try {
      DraftLines lines = store.draft(id);
      PolicyEngine engine =
          new PolicyEngine(batchSize)
              .tellingRefusals(
                  r -> lines.refused(r.operatorId(), r.sessionId(), r.category(), r.reason()));
      long t0 = System.nanoTime();
      for (String operator : inputs.operators()) {
        partitions.read(
            operator,
            period,
            draft.manifest().zoneId(),
            partition -> engine.evaluate(draft, partition, totals, lines));
      }
      lines.finish();
      log.info("draft settled: {} lines in {} ms", lines.written(), millisSince(t0));
      Path folder = folder(period, started);
      try (var report = new WhatIfReport(folder)) {
        long t1 = System.nanoTime();
        Comparison comparison =
            store.compare(id, latest, draft.terms().definitions(), MOST_CHANGED, report);
        report.finish(heading(period, version, draft, latest, started), comparison);
        log.info(
            "compared with {}: {} records change, in {} ms",
            latest == null ? "no run" : latest.runId(),
            comparison.recordsChanged(),
            millisSince(t1));
        return new Outcome(folder, latest, draft, lines.written(), comparison);
      }
    } finally {
      store.discard(id);
    }
  }

  private static long millisSince(long nanos) {
    return (System.nanoTime() - nanos) / 1_000_000;
  }

  private Path folder(YearMonth period, Instant started) {
    Path base = home.resolve("whatif").resolve(period.toString());
    String stamp = FOLDER.format(started);
    Path folder = base.resolve(stamp);
    for (int n = 2; Files.exists(folder); n++) {
      folder = base.resolve(stamp + "-" + n);
    }
    return folder.toAbsolutePath().normalize();
  }

  private static WhatIfHeading heading(
      YearMonth period, Path version, CompiledPack draft, SettlementRun latest, Instant started) {
    var m = draft.manifest();
    return new WhatIfHeading(
        List.of(
            Map.entry("period", period.toString()),
            Map.entry("what-if made at", started.toString()),
            Map.entry("draft pack", m.name() + " " + m.version()),
            Map.entry("draft rule set (SHA-256)", draft.sha256()),
            Map.entry("draft folder", version.toAbsolutePath().normalize().toString()),
            Map.entry(
                "latest run",
                latest == null
                    ? "none: the period has not been settled (its amounts are zero)"
                    : latest.runId()),
            Map.entry(
                "latest run's pack",
                latest == null ? "" : latest.packName() + " " + latest.packVersion()),
            Map.entry(
                "latest run's rule set (SHA-256)", latest == null ? "" : latest.rulesetSha256()),
            Map.entry(
                "inputs",
                "the period's latest inputs (the latest run read them as they were when it"
                    + " started)")));
  }
}
