package org.evsettle.settlement.domain;

import java.time.Instant;
import java.util.List;

/**
 * What the sender of a file is told: what was read, what became of every row, and why rows or the
 * whole file were rejected. {@code rejections} may be empty when the caller streams them
 * separately.
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
    RowCounts counts,
    List<Rejection> rejections) {

  public boolean duplicateFile() {
    return status == FileStatus.DUPLICATE_FILE;
  }

  public boolean quarantined() {
    return status == FileStatus.QUARANTINED;
  }
}
