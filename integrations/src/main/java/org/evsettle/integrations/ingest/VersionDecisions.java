package org.evsettle.integrations.ingest;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.evsettle.settlement.domain.InputRecord;
import org.evsettle.settlement.domain.RecordHead;
import org.evsettle.settlement.domain.RowOutcome;
import org.evsettle.settlement.persistence.NewVersion;

/**
 * Decides, record by record in file order, what a chunk's records are against the latest stored
 * versions of their ids: a duplicate (same content as the latest version), a first version or a
 * correction (the next version, keeping the first report's time). A decided version becomes the
 * head for the records after it in the chunk.
 */
public final class VersionDecisions {

  private final Map<String, RecordHead> heads;
  private final String party;
  private final long fileId;
  private final Instant receivedAt;

  /** A record's outcome, and the version to store unless it is a duplicate. */
  public record Decision(RowOutcome outcome, NewVersion version) {}

  public VersionDecisions(
      Map<String, RecordHead> storedHeads, String party, long fileId, Instant receivedAt) {
    this.heads = new HashMap<>(storedHeads);
    this.party = party;
    this.fileId = fileId;
    this.receivedAt = receivedAt;
  }

  /** The latest version of a record, stored or decided earlier in the chunk; null if none. */
  public RecordHead head(String recordId) {
    return heads.get(recordId);
  }

  public Decision decide(InputRecord record, String sha256, long line) {
    String id = record.recordId();
    RecordHead head = heads.get(id);
    if (head != null && head.contentSha256().equals(sha256)) {
      return new Decision(RowOutcome.DUPLICATE, null);
    }
    int version = head == null ? 1 : head.latestVersion() + 1;
    Instant first = head == null ? receivedAt : head.firstReceivedAt();
    heads.put(id, new RecordHead(id, version, sha256, first, fileId, line));
    return new Decision(
        head == null ? RowOutcome.ACCEPTED : RowOutcome.CORRECTED,
        new NewVersion(record, party, version, sha256, line, receivedAt, first));
  }
}
