package org.evsettle.settlement.persistence;

import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.evsettle.settlement.domain.ChargingSession;
import org.evsettle.settlement.domain.RecordStatus;
import org.evsettle.settlement.domain.RecordType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * What OCPI 2.2.1 input keeps beside the records every format shares: the CDR (canonical JSON text)
 * behind each session version that came from a CDR, and operators' tariffs. Settlement reads both
 * back in bulk to price sessions with their OCPI tariffs.
 */
@Repository
public class OcpiStore {

  private static final String INSERT_CDR =
      "insert into session_cdr (party_id, record_id, version, cdr_id, credit, cdr_json)"
          + " values (?, ?, ?, ?, ?, ?)";
  private static final int[] CDR_TYPES = {
    Types.VARCHAR, Types.VARCHAR, Types.INTEGER, Types.VARCHAR, Types.BOOLEAN, Types.VARCHAR
  };

  static final int IDS_PER_QUERY = 1000;

  private final JdbcTemplate jdbc;
  private final NamedParameterJdbcTemplate named;
  private final IngestStore ingest;

  public OcpiStore(JdbcTemplate jdbc, IngestStore ingest) {
    this.jdbc = jdbc;
    this.named = new NamedParameterJdbcTemplate(jdbc);
    this.ingest = ingest;
  }

  /** The CDR behind one session version; a VOID version's is the credit CDR that voided it. */
  public record SessionCdr(
      String sessionId, int version, String cdrId, boolean credit, String json) {}

  /** A session's version, as settlement holds it. */
  public record SessionVersion(String sessionId, int version) {}

  /**
   * Stores one chunk of a CDR file atomically: the session versions, their CDRs and the rejected
   * CDRs. Every session version of the chunk has its CDR in {@code cdrs}.
   */
  @Transactional
  public void writeCdrChunk(
      long fileId,
      String partyId,
      List<NewVersion> versions,
      List<SessionCdr> cdrs,
      List<QuarantinedRow> rejected) {
    ingest.writeChunk(fileId, RecordType.SESSIONS, versions, rejected);
    List<Object[]> rows = new ArrayList<>(cdrs.size());
    for (SessionCdr c : cdrs) {
      rows.add(new Object[] {partyId, c.sessionId(), c.version(), c.cdrId(), c.credit(), c.json()});
    }
    TypedBatch.execute(jdbc, INSERT_CDR, rows, CDR_TYPES);
  }

  /** The latest stored version of each of the given sessions of an operator, VOID ones included. */
  public Map<String, ChargingSession> latestSessions(String partyId, Collection<String> ids) {
    Map<String, ChargingSession> sessions = new HashMap<>();
    if (ids.isEmpty()) {
      return sessions;
    }
    named.query(
        "select t.* from charging_session t where t.record_id in (:ids) and t.party_id = :party"
            + " and "
            + LatestVersion.of("charging_session", "t"),
        new MapSqlParameterSource().addValue("party", partyId).addValue("ids", ids),
        rs -> {
          ChargingSession s = IngestStore.session(rs);
          sessions.put(s.sessionId(), s);
        });
    return sessions;
  }

  /**
   * The CDRs (JSON text) of the given versions of an operator's sessions; versions that did not
   * come from a CDR (CSV rows) are absent from the answer.
   */
  public Map<SessionVersion, String> cdrs(String operatorId, Collection<SessionVersion> versions) {
    Map<SessionVersion, String> cdrs = new HashMap<>();
    if (versions.isEmpty()) {
      return cdrs;
    }
    Set<SessionVersion> wanted = new HashSet<>(versions);
    List<String> ids = versions.stream().map(SessionVersion::sessionId).distinct().toList();
    // the versions asked for, so that corrected and credited sessions' earlier CDRs stay unread
    Set<Integer> asked = new HashSet<>();
    versions.forEach(v -> asked.add(v.version()));
    // a bound parameter per id: PostgreSQL takes at most 32,767 in one statement
    for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
      List<String> some = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
      named.query(
          "select record_id, version, cdr_json from session_cdr where record_id in (:ids)"
              + " and party_id = :party and version in (:versions)",
          new MapSqlParameterSource()
              .addValue("party", operatorId)
              .addValue("ids", some)
              .addValue("versions", asked),
          rs -> {
            var key = new SessionVersion(rs.getString(1), rs.getInt(2));
            if (wanted.contains(key)) {
              cdrs.put(key, rs.getString(3));
            }
          });
    }
    return cdrs;
  }

  /**
   * An operator's tariffs as they stood at {@code at}: for each tariff id, the version with the
   * latest {@code last_updated} not after {@code at} (the highest version of a tie), by tariff id.
   */
  public Map<String, String> tariffsAt(String operatorId, Instant at) {
    return tariffHistory(operatorId).allAt(at);
  }

  /** Every stored version of an operator's tariffs (they are few: read once per settlement). */
  public TariffHistory tariffHistory(String operatorId) {
    TariffHistory history = new TariffHistory();
    jdbc.query(
        "select record_id, last_updated, status, tariff_json from ocpi_tariff where party_id = ?"
            + " order by record_id, last_updated, version",
        rs -> {
          history.add(
              rs.getString(1),
              IngestStore.instant(rs, "last_updated"),
              RecordStatus.valueOf(rs.getString(3)) == RecordStatus.VOID,
              rs.getString(4));
        },
        operatorId);
    return history;
  }
}
