package org.evsettle.settlement.persistence;

import java.time.Instant;
import org.evsettle.settlement.domain.RowCounts;

/**
 * A file whose ingest stopped before it was closed (the process was killed): what its stored chunks
 * hold. Chunks are stored in file order, each in one transaction, so every row up to {@code
 * lastLine} was decided and every row after it was not.
 *
 * @param lastLine the last line of the file with a stored version or rejection, 0 if none
 * @param stored versions and rejections stored; a stored version 1 was accepted, a later one was a
 *     correction (duplicates leave no trace)
 */
public record UnfinishedFile(long fileId, Instant receivedAt, long lastLine, RowCounts stored) {

  /** The counts of the rows up to {@code lastLine}: those not stored were duplicates. */
  public RowCounts countsOf(long rowsUpToLastLine) {
    long duplicates = rowsUpToLastLine - stored.accepted() - stored.corrected() - stored.rejected();
    return new RowCounts(stored.accepted(), stored.corrected(), duplicates, stored.rejected());
  }
}
