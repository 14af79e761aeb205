package org.evsettle.batch.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.evsettle.batch.synthetic.DemoExtras;
import org.evsettle.batch.synthetic.SyntheticSessions;
import org.evsettle.batch.whatif.WhatIfService;
import org.evsettle.integrations.inbox.InboxSweep;
import org.evsettle.integrations.inbox.IngestSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code evsettle demo}: the main job on bundled sample inputs. Writes a month of Beijing inputs
 * (three operators, two utilities, 300 chargers of every access type and power class, sessions, V2G
 * discharges, discharge requests, station ratings, a few faulty rows) into a fresh home, ingests
 * them through the real inbox route, has the pack submitted by one person and approved by another,
 * settles and publishes INITIAL, then ingests a correction and settles and publishes R1; last, a
 * what-if shows what the month would have paid under the 2027 tariff, without paying it. A home
 * that an earlier demo made is started afresh; any other non-empty home is left alone.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Run the main job on sample inputs in a fresh home: a month of Beijing inputs is ingested,",
      "the pack is submitted by one person and approved by another, the month is settled",
      "(INITIAL) and published; then a correction arrives and R1 is settled and published;",
      "last, a what-if of the 2027 tariff from October compares it with R1 (nothing is paid)."
    })
public class DemoCommand implements Callable<Integer> {

  static final String MARKER = ".evsettle-demo";

  /** The demo's clock: the morning after the sample month, so every sample lies in the past. */
  static final Instant DEMO_NOW = Instant.parse("2026-11-01T02:00:00Z");

  /** Who writes the demo's tariffs and who signs them off: two people, as approval requires. */
  static final String AUTHOR = "Wang Fang";

  static final String APPROVER = "Li Na";

  // fixed times, like the ingest's, so that two demos publish the same bytes (manifests name them)
  private static final Instant SUBMITTED = DEMO_NOW.plusSeconds(1_800);

  private static final Instant APPROVED = DEMO_NOW.plusSeconds(3_600);

  @Mixin HomeOption home;

  @Mixin RulesOption rules;

  @Override
  public Integer call() throws Exception {
    Path root = home.resolve();
    prepareFreshHome(root);
    Path inbox = root.resolve("inbox");
    new SyntheticSessions(ZoneId.of("Asia/Shanghai"), LocalDate.parse("2026-10-01"), 31, 20261001L)
        .write(inbox, 3, 9_000, 300);
    DemoExtras.write(inbox);
    DemoExtras.writeMeterValueSamples(inbox);
    writeFaultyRows(inbox.resolve("operators/OP1/sessions-late-reports.csv"));
    Path corrections = root.resolve("demo-corrections.csv");
    DemoExtras.writeCorrections(corrections, inbox.resolve("operators/OP1/sessions-synthetic.csv"));
    try (var context = ApplicationContexts.start(root)) {
      var sweep = context.getBean(InboxSweep.class);
      IngestSummary summary = sweep.runOnce(at(DEMO_NOW), false);
      System.out.println("demo: home " + root);
      System.out.println("ingest: " + summary.line());
      System.out.println("receipts: " + root.resolve("outbox/operators") + "/<operator>/receipts/");
      summary.files().stream()
          .filter(f -> f.receipt().counts().rejected() > 0)
          .forEach(
              f ->
                  System.out.println(
                      "  "
                          + f.receipt().file()
                          + " from "
                          + f.receipt().sender().id()
                          + ": "
                          + f.receipt().counts().rejected()
                          + " rejected row(s), see its receipt"));
      YearMonth october = YearMonth.parse("2026-10");
      // maker-checker: the pack is settled with only once someone other than its author approved it
      Path pack = PackSignOff.folderFor(rules.folder(root), "beijing", october);
      System.out.println(PackSignOff.submitChecked(context, pack, AUTHOR, at(SUBMITTED)));
      System.out.println(PackSignOff.approve(context, pack, APPROVER, at(APPROVED)));
      SettleReport.settleAndPublish(
          context, root, october, false, "beijing", rules.folder(root), System.out);

      // a day later OP1 corrects one session and withdraws another: R1 adjusts for exactly those
      Files.move(corrections, inbox.resolve("operators/OP1/sessions-corrections.csv"));
      IngestSummary later = sweep.runOnce(at(DEMO_NOW.plusSeconds(86_400)), false);
      System.out.println("ingest: " + later.line());
      SettleReport.settleAndPublish(
          context, root, october, false, "beijing", rules.folder(root), System.out);

      // the regulator asks what October would have paid under the 2027 tariff, before it pays
      Path draft = DemoDraft.tariff2027FromOctober(rules.folder(root), root.resolve("drafts"));
      if (draft != null) {
        System.out.println("whatif: draft " + draft + " (the 2027 tariff from October 2026)");
        WhatIfSummary.print(
            october,
            context
                .getBean(WhatIfService.class)
                .run(october, draft, "beijing", DEMO_NOW.plusSeconds(2 * 86_400)),
            System.out);
      }
    }
    return 0;
  }

  private static Clock at(Instant instant) {
    return Clock.fixed(instant, ZoneOffset.UTC);
  }

  private static void prepareFreshHome(Path root) throws IOException {
    if (Files.exists(root.resolve(MARKER))) {
      try (Stream<Path> all = Files.walk(root)) {
        all.sorted(Comparator.reverseOrder()).forEach(DemoCommand::delete);
      }
    } else if (Files.isDirectory(root)) {
      try (Stream<Path> entries = Files.list(root)) {
        if (entries.findAny().isPresent()) {
          throw new IllegalStateException(
              root + " is not empty and was not made by a demo; give --home a new folder");
        }
      }
    }
    Files.createDirectories(root);
    Files.writeString(
        root.resolve(MARKER), "made by evsettle demo; the next demo starts it afresh\n");
  }

  private static void writeFaultyRows(Path file) throws IOException {
    Files.writeString(
        file,
        String.join(
                "\n",
                "session_id,charger_id,started_at,ended_at,energy_kwh,id_tag",
                "LATE-1,OP1-C3,2026-10-30T20:10:00+08:00,2026-10-30T21:05:00+08:00,6.4,card-77",
                "LATE-2,OP1-C9999,2026-10-30T20:10:00+08:00,2026-10-30T21:05:00+08:00,6.4,card-78",
                "LATE-3,OP1-C4,2026-10-30T21:05:00+08:00,2026-10-30T20:10:00+08:00,6.4,card-79",
                "LATE-4,OP1-C5,2026-10-30T20:10:00+08:00,2026-10-30T21:05:00+08:00,-2,card-80",
                "LATE-5,OP2-C1,2026-10-30T20:10:00+08:00,2026-10-30T21:05:00+08:00,6.4,card-81",
                "LATE-6,OP1-C6,2026-11-02T20:10:00+08:00,2026-11-02T21:05:00+08:00,6.4,card-82",
                "LATE-7,OP1-C7,2026-10-30T20:10:00+08:00,,6.4,card-83")
            + "\n");
  }

  private static void delete(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clear the demo home at " + path, e);
    }
  }
}
