package org.evsettle.integrations.ocpi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.evsettle.integrations.ingest.ContentHash;
import org.evsettle.integrations.ingest.VersionDecisions;
import org.evsettle.settlement.domain.ChargingSession;
import org.evsettle.settlement.domain.RecordHead;
import org.evsettle.settlement.domain.RecordStatus;
import org.evsettle.settlement.domain.RecordType;
import org.evsettle.settlement.domain.Rejection;
import org.evsettle.settlement.domain.RejectionCode;
import org.evsettle.settlement.domain.RowCounts;
import org.evsettle.settlement.domain.RowOutcome;
import org.evsettle.settlement.persistence.IngestStore;
import org.evsettle.settlement.persistence.NewVersion;
import org.evsettle.settlement.persistence.OcpiStore;
import org.evsettle.settlement.persistence.QuarantinedRow;

/**
 * Versions and stores a chunk of checked OCPI objects of one file, in one transaction: duplicates,
 * first versions and corrections as for CSV rows; a session version keeps its CDR. A credit CDR
 * writes a VOID version of the session it credits, found earlier in the chunk or stored before; one
 * whose credited CDR was never sent is rejected (it may be sent again after that CDR).
 */
final class OcpiChunkWriter {

  private final IngestStore store;
  private final OcpiStore ocpi;
  private final RecordType type;
  private final String party;
  private final long fileId;
  private final Instant receivedAt;
  private final ContentHash sha256 = new ContentHash();

  OcpiChunkWriter(
      IngestStore store,
      OcpiStore ocpi,
      RecordType type,
      String party,
      long fileId,
      Instant receivedAt) {
    this.store = store;
    this.ocpi = ocpi;
    this.type = type;
    this.party = party;
    this.fileId = fileId;
    this.receivedAt = receivedAt;
  }

  /** The versions, CDRs and rejections of one chunk, as they are decided. */
  private static final class Outcome {
    RowCounts counts = RowCounts.NONE;
    final List<NewVersion> versions = new ArrayList<>();
    final List<OcpiStore.SessionCdr> cdrs = new ArrayList<>();
    final List<QuarantinedRow> rejected = new ArrayList<>();
    // the latest content of each session decided in this chunk, for credits later in it
    final Map<String, ChargingSession> sessions = new HashMap<>();

    void reject(QuarantinedRow row) {
      rejected.add(row);
      counts = counts.plus(RowOutcome.REJECTED);
    }
  }

  RowCounts store(List<Checked> chunk) {
    if (chunk.isEmpty()) {
      return RowCounts.NONE;
    }
    Set<String> ids = new LinkedHashSet<>();
    Set<String> credited = new LinkedHashSet<>();
    for (Checked c : chunk) {
      if (c instanceof Checked.NewSession s) {
        ids.add(s.session().sessionId());
      } else if (c instanceof Checked.Credit credit) {
        credited.add(credit.creditedId());
      } else if (c instanceof Checked.NewTariff t) {
        ids.add(t.tariff().tariffId());
      }
    }
    ids.addAll(credited);
    var decisions = new VersionDecisions(store.heads(type, party, ids), party, fileId, receivedAt);
    Map<String, ChargingSession> stored = ocpi.latestSessions(party, credited);
    Outcome out = new Outcome();
    for (Checked c : chunk) {
      if (c instanceof Checked.Rejected r) {
        out.reject(r.row());
      } else if (c instanceof Checked.NewSession s) {
        var d = decisions.decide(s.session(), s.sha256(), s.position());
        keep(out, d, s.cdrId(), false, s.json());
        out.sessions.put(s.session().sessionId(), s.session());
      } else if (c instanceof Checked.Credit credit) {
        voidCredited(credit, decisions, stored, out);
      } else if (c instanceof Checked.NewTariff t) {
        var d = decisions.decide(t.tariff(), t.sha256(), t.position());
        keep(out, d, null, false, null);
      }
    }
    if (type == RecordType.SESSIONS) {
      ocpi.writeCdrChunk(fileId, party, out.versions, out.cdrs, out.rejected);
    } else {
      store.writeChunk(fileId, type, out.versions, out.rejected);
    }
    return out.counts;
  }

  private void voidCredited(
      Checked.Credit credit,
      VersionDecisions decisions,
      Map<String, ChargingSession> stored,
      Outcome out) {
    String id = credit.creditedId();
    ChargingSession base = out.sessions.getOrDefault(id, stored.get(id));
    if (base == null) {
      out.reject(
          rejection(
              credit,
              RejectionCode.UNKNOWN_REFERENCE,
              "credit_reference_id '"
                  + id
                  + "' is no CDR "
                  + party
                  + " has sent: a credit CDR is taken only after the CDR it credits"));
      return;
    }
    ChargingSession voided = withStatus(base, RecordStatus.VOID);
    String sha = sha256.of(voided.canonicalContent() + "\n" + credit.json());
    RecordHead head = decisions.head(id);
    if (base.status() == RecordStatus.VOID && !head.contentSha256().equals(sha)) {
      out.reject(
          rejection(
              credit,
              RejectionCode.OUT_OF_RANGE,
              "the session of CDR '" + id + "' is already void: it was credited before"));
      return;
    }
    var d = decisions.decide(voided, sha, credit.position());
    keep(out, d, credit.cdrId(), true, credit.json());
    out.sessions.put(id, voided);
  }

  private static void keep(
      Outcome out, VersionDecisions.Decision d, String cdrId, boolean credit, String json) {
    out.counts = out.counts.plus(d.outcome());
    NewVersion v = d.version();
    if (v == null) {
      return;
    }
    out.versions.add(v);
    if (cdrId != null) {
      out.cdrs.add(
          new OcpiStore.SessionCdr(v.record().recordId(), v.version(), cdrId, credit, json));
    }
  }

  private static QuarantinedRow rejection(Checked.Credit c, RejectionCode code, String reason) {
    String json = c.json();
    String text =
        json.length() <= JsonObjects.TEXT_LIMIT ? json : json.substring(0, JsonObjects.TEXT_LIMIT);
    return new QuarantinedRow(
        new Rejection(c.position(), "credit_reference_id", code, c.label() + ": " + reason), text);
  }

  private static ChargingSession withStatus(ChargingSession s, RecordStatus status) {
    return new ChargingSession(
        s.sessionId(),
        s.chargerId(),
        s.startedAt(),
        s.endedAt(),
        s.energy(),
        s.idTagPseudonym(),
        s.meterStartKwh(),
        s.meterStopKwh(),
        s.signedData(),
        status);
  }
}
