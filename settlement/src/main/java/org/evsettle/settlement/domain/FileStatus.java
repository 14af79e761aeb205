package org.evsettle.settlement.domain;

/** What became of a whole file. */
public enum FileStatus {
  /** Being read; a file left in this state was interrupted. */
  IN_PROGRESS,
  PROCESSED,
  /** Same SHA-256 from the same sender as a file already processed: not read again. */
  DUPLICATE_FILE,
  /** Not readable as CSV, or a required column is missing: moved to the quarantine folder. */
  QUARANTINED
}
