package org.evsettle.integrations.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.evsettle.integrations.csv.FieldProblem;
import org.evsettle.integrations.csv.RowFields;
import org.evsettle.integrations.profile.FieldMapping;
import org.evsettle.settlement.domain.Charger;
import org.evsettle.settlement.domain.InputRecord;
import org.evsettle.settlement.domain.RecordHead;
import org.evsettle.settlement.domain.Rejection;
import org.evsettle.settlement.domain.RejectionCode;
import org.evsettle.settlement.domain.RowCounts;
import org.evsettle.settlement.domain.RowOutcome;
import org.evsettle.settlement.persistence.IngestStore;
import org.evsettle.settlement.persistence.NewVersion;
import org.evsettle.settlement.persistence.QuarantinedRow;

/**
 * Decides and stores the outcome of a chunk of rows of one file: rejected with a reason, a first
 * version, a correction (new content for a stored id, VOIDs included), or a duplicate (same content
 * as the latest version). {@link #check} parses and validates a chunk; {@link #store} looks up its
 * ids in one query and writes it in one transaction.
 */
final class ChunkWriter {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int RAW_ROW_LIMIT = 16000;

  private final IngestStore store;
  private final InboxFile file;
  private final long fileId;
  private final Instant receivedAt;
  private final ChargerRegistry registry;
  private final IdTagPseudonymizer pseudonymizer;
  private final Set<String> idTagColumns;
  private final boolean idsFromTemplate;
  // one digest per file: a writer serves one file on one thread, and a look-up per row is costly
  private final ContentHash contentHash = new ContentHash();
  // check runs on the reading thread, the rest on the storing one; read once both are done
  private long checkNanos;
  private long decideNanos;
  private long lookupNanos;
  private long storeNanos;

  ChunkWriter(
      IngestStore store,
      InboxFile file,
      long fileId,
      Instant receivedAt,
      ChargerRegistry registry,
      IdTagPseudonymizer pseudonymizer) {
    this.store = store;
    this.file = file;
    this.fileId = fileId;
    this.receivedAt = receivedAt;
    this.registry = registry;
    this.pseudonymizer = pseudonymizer;
    this.idTagColumns = idTagColumns(file);
    this.idsFromTemplate = file.profile() != null && file.profile().derivesIds();
  }

  private record Candidate(InputRecord record, String sha256, RowFields row) {

    long line() {
      return row.line();
    }
  }

  /** A chunk's rows parsed and validated: not yet looked up, versioned or stored. */
  record Checked(List<Candidate> candidates, List<QuarantinedRow> rejected, RowCounts counts) {}

  /** Parses and validates rows; needs nothing from the database, so it may run ahead of store. */
  Checked check(List<RowFields> rows, RecordParser parser, RowValidator validator) {
    long t0 = System.nanoTime();
    RowCounts counts = RowCounts.NONE;
    List<Candidate> candidates = new ArrayList<>(rows.size());
    List<QuarantinedRow> rejected = new ArrayList<>();
    for (RowFields row : rows) {
      try {
        InputRecord record = parser.parse(file.type(), row);
        validator.validate(record);
        candidates.add(new Candidate(record, contentHash.of(record.canonicalContent()), row));
      } catch (FieldProblem p) {
        rejected.add(
            new QuarantinedRow(
                new Rejection(row.line(), p.field(), p.code(), p.reason()), rawRow(row)));
        counts = counts.plus(RowOutcome.REJECTED);
      }
    }
    checkNanos += System.nanoTime() - t0;
    return new Checked(candidates, rejected, counts);
  }

  /**
   * Decides each checked row against the stored heads (duplicate, first version or correction) and
   * stores the chunk in one transaction. Chunks of a file are stored one at a time, in order.
   */
  RowCounts store(Checked checked) {
    if (checked.candidates().isEmpty() && checked.rejected().isEmpty()) {
      return RowCounts.NONE;
    }
    RowCounts counts = checked.counts();
    Set<String> ids = new LinkedHashSet<>();
    checked.candidates().forEach(c -> ids.add(c.record().recordId()));
    String party = file.sender().id();
    long t1 = System.nanoTime();
    var decisions =
        new VersionDecisions(store.heads(file.type(), party, ids), party, fileId, receivedAt);
    long t2 = System.nanoTime();
    List<NewVersion> versions = new ArrayList<>();
    List<QuarantinedRow> rejected = new ArrayList<>(checked.rejected());
    for (Candidate c : checked.candidates()) {
      RecordHead head = decisions.head(c.record().recordId());
      if (head != null
          && idsFromTemplate
          && head.fileId() == fileId
          && !head.contentSha256().equals(c.sha256())) {
        rejected.add(idConflict(c, head));
        counts = counts.plus(RowOutcome.REJECTED);
        continue;
      }
      var decision = decisions.decide(c.record(), c.sha256(), c.line());
      counts = counts.plus(decision.outcome());
      if (decision.version() != null) {
        versions.add(decision.version());
      }
    }
    long t3 = System.nanoTime();
    store.writeChunk(fileId, file.type(), versions, rejected);
    long t4 = System.nanoTime();
    decideNanos += t3 - t2;
    lookupNanos += t2 - t1;
    storeNanos += t4 - t3;
    for (NewVersion v : versions) {
      if (v.record() instanceof Charger charger) {
        registry.update(charger);
      } else if (v.record() instanceof org.evsettle.settlement.domain.Site site) {
        registry.update(site);
      }
    }
    return counts;
  }

  /**
   * Two rows of one file whose template gives the same id with other content: the template does not
   * tell them apart, so storing the second as a correction would silently drop the first. A later
   * file with new content for the id is a correction, as for any record.
   */
  private QuarantinedRow idConflict(Candidate c, RecordHead first) {
    String field = file.type().requiredFields().get(0);
    String reason =
        "id template '"
            + file.profile().idTemplate()
            + "' gives the same id '"
            + c.record().recordId()
            + "' as line "
            + first.line()
            + ", whose content differs";
    return new QuarantinedRow(
        new Rejection(c.line(), field, RejectionCode.ID_CONFLICT, reason), rawRow(c.row()));
  }

  /**
   * Where the time of a file went, as shares of {@code totalNanos}: checking runs alongside storing
   * for event files, so the shares may add up to more than 100%.
   */
  String timings(long totalNanos) {
    long total = Math.max(totalNanos, 1);
    return String.format(
        "check %d%%, look-up %d%%, store %d%%",
        100 * (checkNanos + decideNanos) / total,
        100 * lookupNanos / total,
        100 * storeNanos / total);
  }

  /** The row as read, with id tags replaced by their pseudonyms: the clear value is never kept. */
  private String rawRow(RowFields row) {
    Map<String, String> columns = new LinkedHashMap<>(row.columns());
    for (String column : idTagColumns) {
      columns.computeIfPresent(column, (k, v) -> v.isEmpty() ? v : pseudonymizer.pseudonym(v));
    }
    try {
      String json = JSON.writeValueAsString(columns);
      return json.length() <= RAW_ROW_LIMIT ? json : json.substring(0, RAW_ROW_LIMIT);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a row as JSON", e);
    }
  }

  private static Set<String> idTagColumns(InboxFile file) {
    if (file.profile() == null) {
      return Set.of("id_tag");
    }
    FieldMapping mapping = file.profile().profile().fields().get("id_tag");
    return mapping == null ? Set.of() : Set.copyOf(mapping.sourceColumns());
  }
}
