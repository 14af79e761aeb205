package org.evsettle.batch.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.evsettle.batch.publish.PublishService;
import org.evsettle.batch.settle.SettleService;
import org.evsettle.batch.synthetic.DemoExtras;
import org.evsettle.batch.synthetic.IntervalReadings;
import org.evsettle.batch.synthetic.SyntheticSessions;
import org.evsettle.integrations.inbox.InboxSweep;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code evsettle bench}: a month of N synthetic sessions (about 100 per charger) generated into a
 * fresh home, then ingested, settled and published in this one process (the pack submitted and
 * approved first, untimed, as settle needs); prints each stage's wall time and rate, and a last
 * line in a fixed form for scripts.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Generate a month of N sessions (with station ratings, V2G discharges,",
      "discharge requests and some sites' interval readings) into a fresh home,",
      "then ingest, submit and approve the pack, settle and publish it in one",
      "process (approval is not timed); print each stage's",
      "time and rate, and as the last line",
      "bench: sessions=N total_s=X sessions_per_s=Y peak_heap_mb=Z"
    })
public class BenchCommand implements Callable<Integer> {

  private static final Instant AFTER_THE_MONTH = Instant.parse("2026-11-01T02:00:00Z");

  @Mixin HomeOption home;

  @Option(names = "--sessions", required = true, paramLabel = "N", description = "Sessions.")
  long sessions;

  @Option(
      names = "--operators",
      defaultValue = "4",
      paramLabel = "N",
      description = "Operators (settlement partitions), default ${DEFAULT-VALUE}.")
  int operators;

  @Mixin RulesOption rules;

  private final Map<String, Double> stageSeconds = new LinkedHashMap<>();

  @Override
  public Integer call() throws Exception {
    Path root = home.resolve();
    if (Files.exists(root) && Files.list(root).findAny().isPresent()) {
      throw new IllegalStateException(root + " is not empty: bench needs a fresh home");
    }
    long t0 = System.nanoTime();
    ZoneId zone = ZoneId.of("Asia/Shanghai");
    LocalDate first = LocalDate.parse("2026-10-01");
    Path inbox = root.resolve("inbox");
    new SyntheticSessions(zone, first, 31, 20261001L).write(inbox, operators, sessions);
    // the rest of a month's inputs: station ratings, V2G discharges with the utilities' discharge
    // requests, and interval readings of the chargers at one site in 250
    DemoExtras.write(inbox);
    long readings = IntervalReadings.write(inbox, zone, first, 31, 250, 20261002L);
    stage("generate", t0, sessions + readings);
    try (var heap = new HeapWatch();
        var context = ApplicationContexts.start(root)) {
      long start = System.nanoTime();
      var ingest =
          context
              .getBean(InboxSweep.class)
              .runOnce(Clock.fixed(AFTER_THE_MONTH, ZoneOffset.UTC), true);
      stage("ingest", start, ingest.counts().dataRows());
      long approvalStart = System.nanoTime();
      YearMonth october = YearMonth.parse("2026-10");
      Path pack = PackSignOff.folderFor(rules.folder(root), "beijing", october);
      // approval is no part of the measured run: the total leaves its time out
      Clock clock = context.getBean(Clock.class);
      System.out.println(
          "  " + PackSignOff.submitChecked(context, pack, DemoCommand.AUTHOR, clock));
      System.out.println("  " + PackSignOff.approve(context, pack, DemoCommand.APPROVER, clock));
      start += System.nanoTime() - approvalStart;
      long settleStart = System.nanoTime();
      var outcome =
          context
              .getBean(SettleService.class)
              .settle(october, false, "beijing", rules.folder(root));
      long lines =
          outcome.job().getStepExecutions().stream()
              .filter(s -> s.getStepName().startsWith("operator"))
              .mapToLong(s -> s.getWriteCount())
              .sum();
      stage("settle", settleStart, lines);
      long publishStart = System.nanoTime();
      var publication =
          context
              .getBean(PublishService.class)
              .publishAll(outcome.run(), outcome.pack().pack().manifest());
      long exported = publication.exports().stream().mapToLong(p -> p.export().lines()).sum();
      stage("publish", publishStart, lines);
      System.out.printf(
          "  %-18s exports of %d lines and the workbooks of %d, written in parallel%n",
          "", exported, lines);
      double total = (System.nanoTime() - start) / 1e9;
      stageSeconds.remove("generate"); // not part of the measured run
      System.out.println(
          "  share of the run: "
              + stageSeconds.entrySet().stream()
                  .map(e -> String.format("%s %.0f%%", e.getKey(), 100 * e.getValue() / total))
                  .collect(Collectors.joining(", ")));
      System.out.printf(
          "  heap: at most %d MB in use, at most %d MB still in use after a collection%n",
          heap.peakUsedMb(), heap.peakLiveMb());
      System.out.printf(
          "bench: sessions=%d total_s=%.1f sessions_per_s=%.0f peak_heap_mb=%d%n",
          sessions, total, sessions / total, heap.peakUsedMb());
    }
    return 0;
  }

  private void stage(String name, long startNanos, long records) {
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    stageSeconds.put(name, seconds);
    System.out.printf(
        "  %-18s %8.1f s  %10d records  %10.0f records/s%n",
        name, seconds, records, records / Math.max(seconds, 1e-9));
  }
}
