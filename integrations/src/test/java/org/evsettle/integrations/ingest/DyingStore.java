package org.evsettle.integrations.ingest;

import java.util.List;
import org.evsettle.settlement.domain.RecordType;
import org.evsettle.settlement.persistence.IngestStore;
import org.evsettle.settlement.persistence.NewVersion;
import org.evsettle.settlement.persistence.QuarantinedRow;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An ingest store whose process dies while it stores a file's second chunk: the first one is
 * committed, no more. For tests of the ingest that finishes a file left in progress.
 */
final class DyingStore extends IngestStore {

  /** The process was killed. */
  static final class KilledProcess extends RuntimeException {}

  private int chunks;

  DyingStore(JdbcTemplate jdbc) {
    super(jdbc);
  }

  @Override
  public void writeChunk(
      long fileId, RecordType type, List<NewVersion> versions, List<QuarantinedRow> rows) {
    if (++chunks == 2) {
      throw new KilledProcess();
    }
    super.writeChunk(fileId, type, versions, rows);
  }
}
