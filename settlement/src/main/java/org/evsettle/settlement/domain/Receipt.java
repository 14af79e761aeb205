package org.evsettle.settlement.domain;

import java.time.Instant;

/**
 * What the sender of a file is told: what was read, what became of every row, and why rows or the
 * whole file were rejected. The rejected rows themselves are kept in the store and streamed into
 * the receipt file, so a file with a million bad rows never has them all in memory.
 */
public record Receipt(
    Party sender,
    String file,
    String sha256,
    RecordType recordType,
    String profile,
    Instant receivedAt,
    boolean asOf,
    FileStatus status,
    String reason,
    RowCounts counts) {

  public boolean duplicateFile() {
    return status == FileStatus.DUPLICATE_FILE;
  }

  public boolean quarantined() {
    return status == FileStatus.QUARANTINED;
  }
}
