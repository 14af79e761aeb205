package org.evsettle.settlement.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.evsettle.settlement.domain.AccessType;
import org.evsettle.settlement.domain.Charger;
import org.evsettle.settlement.domain.ChargingSession;
import org.evsettle.settlement.domain.CurrentType;
import org.evsettle.settlement.domain.Energy;
import org.evsettle.settlement.domain.FileStatus;
import org.evsettle.settlement.domain.Party;
import org.evsettle.settlement.domain.RecordHead;
import org.evsettle.settlement.domain.RecordStatus;
import org.evsettle.settlement.domain.RecordType;
import org.evsettle.settlement.domain.Rejection;
import org.evsettle.settlement.domain.RejectionCode;
import org.evsettle.settlement.domain.RowCounts;
import org.evsettle.settlement.domain.SignedMetering;
import org.evsettle.settlement.domain.Site;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes what ingestion decides: the files received, new record versions and rejected rows. Writes
 * go in JDBC batches, one transaction per chunk of rows.
 */
@Repository
public class IngestStore {

  private static final String INSERT_QUARANTINE =
      "insert into quarantined_row (file_id, line_no, field, code, reason, raw_row)"
          + " values (?, ?, ?, ?, ?, ?)";

  static final String LATEST_CHARGERS =
      "select c.* from charger c where "
          + LatestVersion.of("charger", "c")
          + " order by c.record_id";

  private final JdbcTemplate jdbc;
  private final NamedParameterJdbcTemplate named;

  public IngestStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.named = new NamedParameterJdbcTemplate(jdbc);
  }

  /** The id of a file with this SHA-256 already processed from this sender, if any. */
  public Optional<Long> processedFile(Party sender, String sha256) {
    return jdbc
        .query(
            "select id from ingested_file where party_role = ? and party_id = ? and sha256 = ?"
                + " and status = ? order by id",
            (rs, n) -> rs.getLong(1),
            sender.role().name(),
            sender.id(),
            sha256,
            FileStatus.PROCESSED.name())
        .stream()
        .findFirst();
  }

  /**
   * The latest file with this SHA-256 from this sender whose ingest never closed (a killed process
   * leaves it IN_PROGRESS), with what its stored chunks hold, so it can be finished.
   */
  public Optional<UnfinishedFile> unfinishedFile(Party sender, String sha256, RecordType type) {
    return jdbc
        .query(
            "select id, received_at from ingested_file where party_role = ? and party_id = ?"
                + " and sha256 = ? and status = ? order by id desc",
            (rs, n) -> new Object[] {rs.getLong(1), instant(rs, 2)},
            sender.role().name(),
            sender.id(),
            sha256,
            FileStatus.IN_PROGRESS.name())
        .stream()
        .findFirst()
        .map(row -> storedSoFar((Long) row[0], (Instant) row[1], type));
  }

  private UnfinishedFile storedSoFar(long fileId, Instant receivedAt, RecordType type) {
    long[] versions =
        jdbc.queryForObject(
            "select coalesce(max(line_no), 0),"
                + " coalesce(sum(case when version = 1 then 1 else 0 end), 0),"
                + " coalesce(sum(case when version > 1 then 1 else 0 end), 0) from "
                + RecordTables.of(type).name()
                + " where file_id = ?",
            (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)},
            fileId);
    long[] rejected =
        jdbc.queryForObject(
            "select coalesce(max(line_no), 0), count(*) from quarantined_row where file_id = ?",
            (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)},
            fileId);
    return new UnfinishedFile(
        fileId,
        receivedAt,
        Math.max(versions[0], rejected[0]),
        new RowCounts(versions[1], versions[2], 0, rejected[1]));
  }

  /** Registers a file as received; its row counts are filled in by {@link #closeFile}. */
  @Transactional
  public long openFile(
      Party sender,
      String fileName,
      String sha256,
      RecordType type,
      String profile,
      Instant receivedAt,
      boolean asOf) {
    var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
    jdbc.update(
        con -> {
          var ps =
              con.prepareStatement(
                  "insert into ingested_file (party_role, party_id, file_name, sha256,"
                      + " record_type, profile, received_at, as_of, status, accepted, corrected,"
                      + " duplicates, rejected) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0)",
                  new String[] {"id"});
          ps.setString(1, sender.role().name());
          ps.setString(2, sender.id());
          ps.setString(3, fileName);
          ps.setString(4, sha256);
          ps.setString(5, type == null ? null : type.name());
          ps.setString(6, profile);
          ps.setObject(7, RecordTables.utc(receivedAt), Types.TIMESTAMP_WITH_TIMEZONE);
          ps.setBoolean(8, asOf);
          ps.setString(9, FileStatus.IN_PROGRESS.name());
          return ps;
        },
        keys);
    return keys.getKey().longValue();
  }

  @Transactional
  public void closeFile(long fileId, FileStatus status, String reason, RowCounts counts) {
    jdbc.update(
        "update ingested_file set status = ?, reason = ?, accepted = ?, corrected = ?,"
            + " duplicates = ?, rejected = ? where id = ?",
        status.name(),
        reason,
        counts.accepted(),
        counts.corrected(),
        counts.duplicates(),
        counts.rejected(),
        fileId);
  }

  /** The heads of those of the given records that are already stored. */
  public Map<String, RecordHead> heads(
      RecordType type, String partyId, Collection<String> recordIds) {
    Map<String, RecordHead> heads = new HashMap<>();
    if (recordIds.isEmpty()) {
      return heads;
    }
    var params = new MapSqlParameterSource().addValue("party", partyId).addValue("ids", recordIds);
    named.query(
        headsOf(RecordTables.of(type).name()),
        params,
        rs -> {
          var head =
              new RecordHead(
                  rs.getString(1),
                  rs.getInt(2),
                  rs.getString(3),
                  instant(rs, 4),
                  rs.getLong(5),
                  rs.getLong(6));
          heads.put(head.recordId(), head);
        });
    return heads;
  }

  /** The latest versions of the records of a list of ids, looked up in the version constraint. */
  static String headsOf(String table) {
    return "select t.record_id, t.version, t.content_sha256, t.first_received_at, t.file_id,"
        + " t.line_no from "
        + table
        + " t where t.record_id in (:ids) and t.party_id = :party and "
        + LatestVersion.of(table, "t");
  }

  /** Stores one chunk of a file's outcome atomically. */
  @Transactional
  public void writeChunk(
      long fileId, RecordType type, List<NewVersion> versions, List<QuarantinedRow> rejected) {
    if (!versions.isEmpty()) {
      var table = RecordTables.of(type);
      List<Object[]> rows = new ArrayList<>(versions.size());
      for (NewVersion v : versions) {
        rows.add(RecordTables.bind(v, fileId));
      }
      TypedBatch.execute(jdbc, table.insertSql(), rows, table.types());
    }
    if (!rejected.isEmpty()) {
      List<Object[]> rows = new ArrayList<>(rejected.size());
      for (QuarantinedRow q : rejected) {
        Rejection r = q.rejection();
        rows.add(
            new Object[] {fileId, r.line(), r.field(), r.code().name(), r.reason(), q.rawRow()});
      }
      TypedBatch.execute(
          jdbc,
          INSERT_QUARANTINE,
          rows,
          new int[] {
            Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR
          });
    }
  }

  /** Streams a file's rejected rows in line order, without holding them all in memory. */
  public void forEachRejection(long fileId, Consumer<Rejection> action) {
    jdbc.query(
        con -> {
          var ps =
              con.prepareStatement(
                  "select line_no, field, code, reason from quarantined_row where file_id = ?"
                      + " order by line_no, id");
          ps.setLong(1, fileId);
          ps.setFetchSize(1000);
          return ps;
        },
        rs -> {
          action.accept(
              new Rejection(
                  rs.getLong(1),
                  rs.getString(2),
                  RejectionCode.valueOf(rs.getString(3)),
                  rs.getString(4)));
        });
  }

  /** The latest version of every charger registration, VOIDed ones included. */
  public List<Charger> latestChargers() {
    return jdbc.query(LATEST_CHARGERS, (rs, n) -> charger(rs));
  }

  /** The latest registration of every site of the site registry, VOID ones included. */
  public List<Site> latestSites() {
    return jdbc.query(
        "select t.* from site t where " + LatestVersion.of("site", "t") + " order by t.record_id",
        (rs, n) -> site(rs));
  }

  /** A timestamp column as an instant; {@code null} when the column is. */
  public static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }

  /** A session as a row of its version table holds it. */
  public static ChargingSession session(ResultSet rs) throws SQLException {
    return new ChargingSession(
        rs.getString("record_id"),
        rs.getString("charger_id"),
        instant(rs, "started_at"),
        instant(rs, "ended_at"),
        new Energy(rs.getBigDecimal("energy_kwh")),
        rs.getString("id_tag_pseudonym"),
        rs.getBigDecimal("meter_start_kwh"),
        rs.getBigDecimal("meter_stop_kwh"),
        rs.getString("signed_data"),
        RecordStatus.valueOf(rs.getString("status")));
  }

  /** A site as a row of its version table holds it. */
  public static Site site(ResultSet rs) throws SQLException {
    return new Site(
        rs.getString("record_id"),
        rs.getString("operator_id"),
        rs.getString("utility_id"),
        rs.getString("district"),
        rs.getBigDecimal("max_demand_kw"),
        rs.getString("grid_connection"),
        RecordStatus.valueOf(rs.getString("status")));
  }

  private static Charger charger(ResultSet rs) throws SQLException {
    return new Charger(
        rs.getString("record_id"),
        rs.getString("operator_id"),
        rs.getString("site_id"),
        rs.getString("utility_id"),
        rs.getString("district"),
        AccessType.valueOf(rs.getString("access")),
        rs.getBigDecimal("rated_power_kw"),
        (Boolean) rs.getObject("v2g_capable"),
        (Integer) rs.getObject("ocpp_security_profile"),
        rs.getString("firmware_version"),
        (Boolean) rs.getObject("firmware_signed"),
        (Boolean) rs.getObject("default_credentials_changed"),
        rs.getObject("tls_cert_expires", LocalDate.class),
        optional(rs.getString("signed_metering"), SignedMetering::valueOf),
        optional(rs.getString("current_type"), CurrentType::valueOf),
        rs.getString("connector"),
        rs.getString("meter_public_key"),
        rs.getString("meter_serial"),
        RecordStatus.valueOf(rs.getString("status")));
  }

  private static <T> T optional(String stored, java.util.function.Function<String, T> read) {
    return stored == null ? null : read.apply(stored);
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
