package org.evsettle.integrations.ingest;

import java.time.Instant;
import org.evsettle.settlement.domain.RowCounts;
import org.evsettle.settlement.persistence.UnfinishedFile;

/**
 * Reads and stores the records of a JSON file of the inbox ({@link InboxFile#isJson()}): the part
 * of ingestion that differs from CSV. {@link FileIngestor} keeps the rest (duplicate files,
 * quarantine of unreadable files, receipts, finishing interrupted ingests).
 */
public interface JsonRecords {

  /** Why the file cannot be read at all (it is then quarantined whole), or null. */
  String problem(InboxFile file);

  /**
   * Stores the file's records and returns their counts, each record counted once. A record at a
   * position up to {@code unfinished.lastLine()} was decided by an interrupted ingest: it is
   * counted as {@link UnfinishedFile#countsOf} says, not stored again.
   */
  RowCounts ingest(
      InboxFile file, long fileId, Instant receivedAt, IngestPass pass, UnfinishedFile unfinished);
}
