package org.evsettle.integrations.ocpi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.evsettle.integrations.ingest.IdTagPseudonymizer;
import org.evsettle.integrations.ingest.InboxFile;
import org.evsettle.integrations.ingest.IngestPass;
import org.evsettle.integrations.ingest.JsonRecords;
import org.evsettle.settlement.domain.RowCounts;
import org.evsettle.settlement.persistence.IngestStore;
import org.evsettle.settlement.persistence.OcpiStore;
import org.evsettle.settlement.persistence.UnfinishedFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingests an operator's OCPI 2.2.1 files: {@code cdrs*.json} into sessions (each version keeping
 * its CDR) and {@code tariffs*.json} into tariffs. Objects are read one at a time and stored in
 * chunks, each in one transaction, so memory does not grow with the file and an interrupted ingest
 * is finished by the next one from the first object it had not decided.
 */
public final class OcpiFiles implements JsonRecords {

  private static final Logger LOG = LoggerFactory.getLogger(OcpiFiles.class);
  static final int CHUNK_OBJECTS = 1000;

  private final IngestStore store;
  private final OcpiStore ocpi;
  private final IdTagPseudonymizer pseudonymizer;

  public OcpiFiles(IngestStore store, OcpiStore ocpi, IdTagPseudonymizer pseudonymizer) {
    this.store = store;
    this.ocpi = ocpi;
    this.pseudonymizer = pseudonymizer;
  }

  @Override
  public String problem(InboxFile file) {
    return JsonObjects.problem(file.path());
  }

  @Override
  public RowCounts ingest(
      InboxFile file, long fileId, Instant receivedAt, IngestPass pass, UnfinishedFile unfinished) {
    long doneUpTo = unfinished == null ? 0 : unfinished.lastLine();
    var checks =
        new ObjectChecks(
            file.type(), pass.registry(), file.sender(), pass.clock().instant(), pseudonymizer);
    var writer =
        new OcpiChunkWriter(store, ocpi, file.type(), file.sender().id(), fileId, receivedAt);
    long started = System.nanoTime();
    List<Checked> chunk = new ArrayList<>(CHUNK_OBJECTS);
    long[] decidedBefore = {0};
    RowCounts[] counts = {RowCounts.NONE};
    JsonObjects.forEach(
        file.path(),
        item -> {
          if (item.position() <= doneUpTo) {
            decidedBefore[0]++;
            return;
          }
          chunk.add(checks.check(item));
          if (chunk.size() == CHUNK_OBJECTS) {
            counts[0] = counts[0].plus(writer.store(chunk));
            chunk.clear();
          }
        });
    RowCounts total = counts[0].plus(writer.store(chunk));
    if (unfinished != null) {
      total = total.plus(unfinished.countsOf(decidedBefore[0]));
    }
    long elapsed = Math.max(System.nanoTime() - started, 1);
    LOG.info(
        "{}: {} objects in {} ms, {} objects/s",
        file.fileName(),
        total.dataRows(),
        elapsed / 1_000_000,
        total.dataRows() * 1_000_000_000L / elapsed);
    return total;
  }
}
