package org.evsettle.integrations.inbox;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.evsettle.integrations.ingest.IngestResult;
import org.evsettle.settlement.domain.FileStatus;
import org.evsettle.settlement.domain.RowCounts;

/** What one pass over the inbox did, file by file and in total. */
public final class IngestSummary {

  private final List<IngestResult> files = new ArrayList<>();
  private final List<Path> receipts = new ArrayList<>();
  private RowCounts counts = RowCounts.NONE;

  void add(IngestResult result, Path receipt) {
    files.add(result);
    receipts.add(receipt);
    counts = counts.plus(result.receipt().counts());
  }

  public List<IngestResult> files() {
    return List.copyOf(files);
  }

  public List<Path> receipts() {
    return List.copyOf(receipts);
  }

  public RowCounts counts() {
    return counts;
  }

  public long filesWith(FileStatus status) {
    return files.stream().filter(f -> f.receipt().status() == status).count();
  }

  /** One line for the command line. */
  public String line() {
    return String.format(
        "files=%d (quarantined=%d, duplicate files=%d) accepted=%d corrected=%d duplicates=%d"
            + " rejected=%d",
        files.size(),
        filesWith(FileStatus.QUARANTINED),
        filesWith(FileStatus.DUPLICATE_FILE),
        counts.accepted(),
        counts.corrected(),
        counts.duplicates(),
        counts.rejected());
  }
}
