package org.evsettle.integrations.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.evsettle.integrations.csv.CanonicalRowFields;
import org.evsettle.integrations.csv.CsvRows;
import org.evsettle.integrations.csv.RowFields;
import org.evsettle.integrations.profile.ProfileRowFields;
import org.evsettle.settlement.domain.FileStatus;
import org.evsettle.settlement.domain.Receipt;
import org.evsettle.settlement.domain.RecordType;
import org.evsettle.settlement.domain.RowCounts;
import org.evsettle.settlement.persistence.IngestStore;
import org.evsettle.settlement.persistence.UnfinishedFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingests one file: skips it if the same bytes already came from the same sender, quarantines it
 * whole if it is not CSV or lacks a required column, and otherwise streams its rows in chunks
 * through parsing, validation and versioning into the store. Memory does not grow with the file.
 */
public final class FileIngestor {

  private static final Logger LOG = LoggerFactory.getLogger(FileIngestor.class);
  static final int CHUNK_ROWS = 2000;
  private final int chunkRows;
  private static final long PROGRESS_EVERY = 100_000;

  private final IngestStore store;
  private final RecordParser parser;
  private final IdTagPseudonymizer pseudonymizer;
  private final JsonRecords json;

  /** Ingests CSV files only: a JSON file is quarantined, as no reader for it is given. */
  public FileIngestor(IngestStore store, IdTagPseudonymizer pseudonymizer) {
    this(store, pseudonymizer, null);
  }

  /** Ingests CSV files, and JSON files (OCPI) through {@code json}. */
  public FileIngestor(IngestStore store, IdTagPseudonymizer pseudonymizer, JsonRecords json) {
    this(store, pseudonymizer, json, CHUNK_ROWS);
  }

  FileIngestor(
      IngestStore store, IdTagPseudonymizer pseudonymizer, JsonRecords json, int chunkRows) {
    this.chunkRows = chunkRows;
    this.store = store;
    this.parser = new RecordParser(pseudonymizer);
    this.pseudonymizer = pseudonymizer;
    this.json = json;
  }

  public IngestResult ingest(InboxFile file, IngestPass pass) {
    Instant receivedAt = pass.clock().instant();
    String sha256 = FileScan.sha256Of(file.path());
    if (!file.readable()) {
      return quarantined(file, sha256, receivedAt, pass, file.problem());
    }
    var earlier = store.processedFile(file.sender(), sha256);
    if (earlier.isPresent()) {
      long id = open(file, sha256, receivedAt, pass);
      String reason = "the same file (SHA-256) was already ingested from " + file.sender();
      store.closeFile(id, FileStatus.DUPLICATE_FILE, reason, RowCounts.NONE);
      return new IngestResult(
          id,
          receipt(
              file, sha256, receivedAt, pass, FileStatus.DUPLICATE_FILE, reason, RowCounts.NONE));
    }
    FileScan scan = file.isJson() ? null : FileScan.of(file.path(), sha256);
    String problem = scan == null ? jsonProblem(file) : csvProblem(file, scan);
    if (problem != null) {
      return quarantined(file, sha256, receivedAt, pass, problem);
    }
    var unfinished = store.unfinishedFile(file.sender(), sha256, file.type());
    if (unfinished.isPresent()) {
      // a killed ingest left this file half stored: finish it, so that its receipt counts every
      // row once and its versions keep one file and one time of receipt
      LOG.warn(
          "{}: finishing an ingest that stopped after line {}",
          file.fileName(),
          unfinished.get().lastLine());
      receivedAt = unfinished.get().receivedAt();
    }
    long fileId =
        unfinished.isPresent() ? unfinished.get().fileId() : open(file, sha256, receivedAt, pass);
    RowCounts counts =
        scan == null
            ? json.ingest(file, fileId, receivedAt, pass, unfinished.orElse(null))
            : ingestRows(file, fileId, scan.dataRows(), receivedAt, pass, unfinished.orElse(null));
    store.closeFile(fileId, FileStatus.PROCESSED, null, counts);
    return new IngestResult(
        fileId, receipt(file, sha256, receivedAt, pass, FileStatus.PROCESSED, null, counts));
  }

  private static Future<RowCounts> store(
      ChunkWriter chunk, ChunkWriter.Checked checked, ExecutorService storing) {
    return storing == null
        ? CompletableFuture.completedFuture(chunk.store(checked))
        : storing.submit(() -> chunk.store(checked));
  }

  private static RowCounts await(Future<RowCounts> stored) {
    if (stored == null) {
      return RowCounts.NONE;
    }
    try {
      return stored.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while storing", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r
          ? r
          : new IllegalStateException(e.getCause().getMessage(), e.getCause());
    }
  }

  /**
   * Stores the file's rows; those an interrupted ingest already decided are counted, not redone.
   */
  private RowCounts ingestRows(
      InboxFile file,
      long fileId,
      long totalRows,
      Instant receivedAt,
      IngestPass pass,
      UnfinishedFile unfinished) {
    long doneUpTo = unfinished == null ? 0 : unfinished.lastLine();
    long rowsDone = 0;
    long started = System.nanoTime();
    var chunk = new ChunkWriter(store, file, fileId, receivedAt, pass.registry(), pseudonymizer);
    var validator = new RowValidator(pass.registry(), file.sender(), pass.clock().instant());
    // event files: a chunk is checked while the one before is stored (checking needs nothing from
    // the database). Registry files are checked and stored in turn: a charger registered in one
    // chunk is known when the next is checked.
    ExecutorService storing =
        file.type().isRegistry()
            ? null
            : Executors.newSingleThreadExecutor(r -> new Thread(r, "ingest-store"));
    RowCounts counts = RowCounts.NONE;
    Future<RowCounts> stored = null;
    long seen = 0;
    try (InputStream in = Files.newInputStream(file.path());
        CsvRows csv = new CsvRows(in)) {
      List<RowFields> rows = new ArrayList<>(chunkRows);
      for (CsvRows.Row row : csv) {
        if (row.line() <= doneUpTo) {
          rowsDone++;
          continue;
        }
        rows.add(fields(file, row));
        if (rows.size() == chunkRows) {
          ChunkWriter.Checked checked = chunk.check(rows, parser, validator);
          counts = counts.plus(await(stored));
          stored = store(chunk, checked, storing);
          rows.clear();
        }
        if (++seen % PROGRESS_EVERY == 0) {
          LOG.info("{}: {} of {} rows", file.path().getFileName(), seen, totalRows);
        }
      }
      ChunkWriter.Checked last = chunk.check(rows, parser, validator);
      counts = counts.plus(await(stored));
      counts = counts.plus(await(store(chunk, last, storing)));
      if (unfinished != null) {
        counts = counts.plus(unfinished.countsOf(rowsDone));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file.path(), e);
    } finally {
      if (storing != null) {
        storing.shutdownNow();
      }
    }
    long elapsed = System.nanoTime() - started;
    LOG.info(
        "{}: {} rows in {} ms, {} rows/s ({})",
        file.fileName(),
        counts.dataRows(),
        elapsed / 1_000_000,
        counts.dataRows() * 1_000_000_000L / Math.max(elapsed, 1),
        chunk.timings(elapsed));
    return counts;
  }

  private static RowFields fields(InboxFile file, CsvRows.Row row) {
    if (file.profile() == null) {
      return new CanonicalRowFields(row.record(), row.line());
    }
    return new ProfileRowFields(row.record(), row.line(), file.profile(), file.sender().id());
  }

  private String jsonProblem(InboxFile file) {
    return json == null ? "JSON files are not read by this installation" : json.problem(file);
  }

  private static String csvProblem(InboxFile file, FileScan scan) {
    return scan.problem() != null ? scan.problem() : missingColumns(file, scan.header());
  }

  private static String missingColumns(InboxFile file, List<String> header) {
    Set<String> required =
        new TreeSet<>(
            file.profile() == null
                ? Set.copyOf(file.type().requiredFields())
                : file.profile().profile().requiredColumns());
    if (file.profile() == null && file.type() == RecordType.DISPATCH) {
      required.remove("site_id"); // site_id or district: checked row by row
    }
    required.removeAll(header);
    if (required.isEmpty()) {
      return header.stream().anyMatch(h -> h.indexOf('\0') >= 0)
          ? "the file is not text: its first line holds NUL bytes"
          : null;
    }
    return "the file lacks the required column"
        + (required.size() > 1 ? "s " : " ")
        + String.join(", ", required);
  }

  /** Registers the file as received, in progress until it is closed. */
  private long open(InboxFile file, String sha256, Instant receivedAt, IngestPass pass) {
    return store.openFile(
        file.sender(),
        file.fileName(),
        sha256,
        file.type(),
        profileName(file),
        receivedAt,
        pass.asOf());
  }

  private IngestResult quarantined(
      InboxFile file, String sha256, Instant receivedAt, IngestPass pass, String reason) {
    long id = file.sender() == null ? -1 : open(file, sha256, receivedAt, pass);
    if (id >= 0) {
      store.closeFile(id, FileStatus.QUARANTINED, reason, RowCounts.NONE);
    }
    return new IngestResult(
        id,
        receipt(file, sha256, receivedAt, pass, FileStatus.QUARANTINED, reason, RowCounts.NONE));
  }

  private static Receipt receipt(
      InboxFile file,
      String sha256,
      Instant receivedAt,
      IngestPass pass,
      FileStatus status,
      String reason,
      RowCounts counts) {
    return new Receipt(
        file.sender(),
        file.fileName(),
        sha256,
        file.type(),
        profileName(file),
        receivedAt,
        pass.asOf(),
        status,
        reason,
        counts);
  }

  private static String profileName(InboxFile file) {
    return file.profile() == null ? null : file.profile().name();
  }
}
