package org.evsettle.batch.cli;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import org.evsettle.integrations.inbox.InboxSweep;
import org.evsettle.integrations.inbox.IngestSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code evsettle ingest}: processes everything in the inbox once, then exits. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Ingest every file in <home>/inbox once: registry files first, a receipt for every file,",
      "rejected rows kept with their reason, unreadable files moved to <home>/quarantine."
    })
public class IngestCommand implements Callable<Integer> {

  @Mixin HomeOption home;

  @Option(
      names = "--as-of",
      paramLabel = "INSTANT",
      description =
          "Back-fill history: use this instant (e.g. 2026-10-31T16:00:00Z) as the time of"
              + " ingestion and for the check against timestamps in the future.")
  Instant asOf;

  @Override
  public Integer call() {
    try (var context = ApplicationContexts.start(home.resolve())) {
      Clock clock = asOf == null ? context.getBean(Clock.class) : Clock.fixed(asOf, ZoneOffset.UTC);
      IngestSummary summary = context.getBean(InboxSweep.class).runOnce(clock, asOf != null);
      System.out.println("ingest: " + summary.line());
      return 0;
    }
  }
}
