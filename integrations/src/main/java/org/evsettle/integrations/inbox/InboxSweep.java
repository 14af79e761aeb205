package org.evsettle.integrations.inbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.component.file.GenericFile;
import org.evsettle.integrations.ingest.ChargerRegistry;
import org.evsettle.integrations.ingest.FileIngestor;
import org.evsettle.integrations.ingest.InboxFile;
import org.evsettle.integrations.ingest.InboxLayout;
import org.evsettle.integrations.ingest.IngestPass;
import org.evsettle.integrations.ingest.IngestResult;
import org.evsettle.integrations.ingest.ReceiptWriter;
import org.evsettle.settlement.domain.FileStatus;
import org.evsettle.settlement.persistence.IngestStore;

/**
 * Runs the inbox route once: starts it, lets it take every file present (sorted into ingest order),
 * and stops it when a poll finds the inbox empty. One sweep at a time.
 */
public class InboxSweep {

  static final String ROUTE_ID = "inbox";

  private final CamelContext camel;
  private final FileIngestor ingestor;
  private final ReceiptWriter receipts;
  private final IngestStore store;
  private final InboxLayout layout;
  private final Path home;

  private volatile Sweep current;

  private static final class Sweep {
    final IngestPass pass;
    final IngestSummary summary = new IngestSummary();
    final CountDownLatch done = new CountDownLatch(1);
    volatile Exception failure;

    Sweep(IngestPass pass) {
      this.pass = pass;
    }
  }

  public InboxSweep(
      CamelContext camel,
      FileIngestor ingestor,
      ReceiptWriter receipts,
      IngestStore store,
      InboxLayout layout,
      Path home) {
    this.camel = camel;
    this.ingestor = ingestor;
    this.receipts = receipts;
    this.store = store;
    this.layout = layout;
    this.home = home;
  }

  /**
   * Ingests everything in the inbox with the given clock, then returns what it did. The import
   * profiles are loaded and checked first: a broken one refuses the whole pass before any file.
   */
  public synchronized IngestSummary runOnce(Clock clock, boolean asOf) {
    layout.loadProfiles();
    try {
      Files.createDirectories(layout.inbox());
      Sweep sweep =
          new Sweep(
              new IngestPass(
                  clock, asOf, new ChargerRegistry(store.latestChargers(), store.latestSites())));
      current = sweep;
      camel.getRouteController().startRoute(ROUTE_ID);
      sweep.done.await();
      camel.getRouteController().stopRoute(ROUTE_ID, 30, TimeUnit.SECONDS);
      if (sweep.failure != null) {
        throw new IngestFailedException(sweep.failure);
      }
      return sweep.summary;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while ingesting", e);
    } catch (IngestFailedException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("the inbox route could not run: " + e.getMessage(), e);
    } finally {
      current = null;
    }
  }

  /** Called by the route for each file, in ingest order. */
  void ingest(Exchange exchange) {
    Sweep sweep = current;
    GenericFile<?> file = exchange.getIn().getBody(GenericFile.class);
    Path path = Path.of(file.getAbsoluteFilePath());
    InboxFile inboxFile = layout.classify(path);
    IngestResult result = ingestor.ingest(inboxFile, sweep.pass);
    Path receipt = receipts.write(result);
    sweep.summary.add(result, receipt);
    if (result.receipt().status() == FileStatus.QUARANTINED) {
      keepInQuarantine(path);
    }
  }

  /**
   * A file that could not be read is kept, whole, for its sender to look at. A file that was read
   * is deleted by the route afterwards: its rows are stored (id tags pseudonymised) or quarantined,
   * and its SHA-256 and receipt are kept, so keeping the clear file would only keep personal data.
   */
  private void keepInQuarantine(Path path) {
    Path target = freeName(home.resolve("quarantine").resolve(layout.inbox().relativize(path)));
    try {
      Files.copy(path, target);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy " + path + " to the quarantine", e);
    }
  }

  /** Called by the route when a poll finds nothing left. */
  void idle(Exchange exchange) {
    Sweep sweep = current;
    if (sweep != null) {
      sweep.done.countDown();
    }
  }

  /** Called by the route when ingesting a file failed unexpectedly; the file stays in the inbox. */
  void failed(Exchange exchange) {
    Sweep sweep = current;
    if (sweep != null) {
      sweep.failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
      sweep.done.countDown();
    }
  }

  private static Path freeName(Path target) {
    Path candidate = target;
    for (int n = 2; Files.exists(candidate); n++) {
      candidate = target.resolveSibling(target.getFileName() + "." + n);
    }
    try {
      Files.createDirectories(candidate.getParent());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return candidate;
  }
}
