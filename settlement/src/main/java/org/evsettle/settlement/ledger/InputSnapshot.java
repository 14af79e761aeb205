package org.evsettle.settlement.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.evsettle.settlement.domain.CarbonIntensity;
import org.evsettle.settlement.domain.Charger;
import org.evsettle.settlement.domain.ChargingSession;
import org.evsettle.settlement.domain.DispatchEvent;
import org.evsettle.settlement.domain.DispatchKind;
import org.evsettle.settlement.domain.Energy;
import org.evsettle.settlement.domain.InputRecord;
import org.evsettle.settlement.domain.IntervalReading;
import org.evsettle.settlement.domain.Quarter;
import org.evsettle.settlement.domain.RecordStatus;
import org.evsettle.settlement.domain.Site;
import org.evsettle.settlement.domain.StationGrade;
import org.evsettle.settlement.domain.StationRating;
import org.evsettle.settlement.domain.StoredRecord;
import org.evsettle.settlement.domain.UtilityPrice;
import org.evsettle.settlement.domain.V2gDischarge;
import org.evsettle.settlement.persistence.IngestStore;
import org.evsettle.settlement.persistence.LatestVersion;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * The inputs of a settlement run: the latest version of every record, VOIDed ones left out.
 * Sessions and discharges stream in start order, read a page at a time; they belong to the period
 * in which they start.
 */
@Repository
public class InputSnapshot {

  private final JdbcTemplate jdbc;
  private final IngestStore ingest;

  public InputSnapshot(JdbcTemplate jdbc, IngestStore ingest) {
    this.jdbc = jdbc;
    this.ingest = ingest;
  }

  /** Operators with at least one registered charger or site, in id order. */
  public List<String> operators() {
    return java.util.stream.Stream.concat(
            allChargers().stream().map(Charger::operatorId), sites().stream().map(Site::operatorId))
        .distinct()
        .sorted()
        .toList();
  }

  public List<Charger> chargers(String operatorId) {
    return ingest.latestChargers().stream()
        .filter(c -> c.status() == RecordStatus.ACTIVE && c.operatorId().equals(operatorId))
        .toList();
  }

  public List<StationRating> ratings() {
    return jdbc.query(
        "select t.* from station_rating t where "
            + LatestVersion.of("station_rating", "t")
            + " and t.status = 'ACTIVE'"
            + " order by t.record_id",
        (rs, n) ->
            new StationRating(
                rs.getString("site_id"),
                Quarter.parse(rs.getString("quarter")),
                StationGrade.valueOf(rs.getString("rating")),
                RecordStatus.ACTIVE));
  }

  public List<StoredRecord<DispatchEvent>> dispatchEvents(Instant from, Instant to) {
    return jdbc.query(
        "select t.* from dispatch_event t where "
            + LatestVersion.of("dispatch_event", "t")
            + " and t.status = 'ACTIVE'"
            + " and t.starts_at < ? and t.ends_at > ? order by t.starts_at, t.record_id",
        (rs, n) ->
            stored(
                rs,
                new DispatchEvent(
                    rs.getString("record_id"),
                    DispatchKind.valueOf(rs.getString("kind")),
                    IngestStore.instant(rs, "starts_at"),
                    IngestStore.instant(rs, "ends_at"),
                    rs.getString("site_id"),
                    rs.getString("district"),
                    rs.getBigDecimal("requested_kw"),
                    RecordStatus.ACTIVE)),
        utc(to),
        utc(from));
  }

  // ordered as the index (party_id, started_at, record_id) is, so that it serves the order; a
  // page after the first starts at the last start read and skips what was read at that instant
  static final String SESSIONS_IN_START_ORDER = inStartOrder("charging_session", false);
  static final String SESSIONS_AFTER = inStartOrder("charging_session", true);
  static final String DISCHARGES_IN_START_ORDER = inStartOrder("v2g_discharge", false);
  static final String DISCHARGES_AFTER = inStartOrder("v2g_discharge", true);

  private static String inStartOrder(String table, boolean after) {
    return "select t.* from "
        + table
        + " t where t.party_id = ? and "
        + LatestVersion.of(table, "t")
        + " and t.status = 'ACTIVE' and t.started_at >= ?"
        + " and t.started_at < ?"
        + (after ? " and (t.started_at > ? or t.record_id > ?)" : "")
        + " order by t.party_id, t.started_at, t.record_id fetch first "
        + KeysetPages.PAGE_ROWS
        + " rows only";
  }

  public Stream<StoredRecord<ChargingSession>> sessions(
      String operatorId, Instant from, Instant to) {
    return inStartOrder(
        SESSIONS_IN_START_ORDER,
        SESSIONS_AFTER,
        operatorId,
        from,
        to,
        (rs, n) -> stored(rs, IngestStore.session(rs)),
        ChargingSession::startedAt);
  }

  public Stream<StoredRecord<V2gDischarge>> discharges(
      String operatorId, Instant from, Instant to) {
    return inStartOrder(
        DISCHARGES_IN_START_ORDER,
        DISCHARGES_AFTER,
        operatorId,
        from,
        to,
        (rs, n) ->
            stored(
                rs,
                new V2gDischarge(
                    rs.getString("record_id"),
                    rs.getString("charger_id"),
                    IngestStore.instant(rs, "started_at"),
                    IngestStore.instant(rs, "ended_at"),
                    new Energy(rs.getBigDecimal("energy_kwh")),
                    rs.getString("dispatch_id"),
                    RecordStatus.ACTIVE)),
        V2gDischarge::startedAt);
  }

  private <T extends InputRecord> Stream<StoredRecord<T>> inStartOrder(
      String first,
      String after,
      String operatorId,
      Instant from,
      Instant to,
      RowMapper<StoredRecord<T>> mapper,
      Function<T, Instant> start) {
    // read in the partition's transaction: its two threads already keep both cores busy
    return KeysetPages.stream(
        previous -> {
          if (previous == null) {
            return jdbc.query(first, mapper, operatorId, utc(from), utc(to));
          }
          StoredRecord<T> last = KeysetPages.last(previous);
          Object lastStart = utc(start.apply(last.record()));
          return jdbc.query(
              after, mapper, operatorId, lastStart, utc(to), lastStart, last.record().recordId());
        });
  }

  /** How many meters one query of readings names. */
  static final int METERS_PER_QUERY = 500;

  /**
   * Readings of the operator's chargers (any charger it ever registered) that overlap {@code [from,
   * to)}. The meters are named in the query, a few hundred at a time, so the database looks each
   * one's readings up by meter: asked which readings belong to an operator's chargers, it read
   * every reading of the month once per operator.
   */
  public List<IntervalReading> readings(String operatorId, Instant from, Instant to) {
    return meterReadings(
        jdbc.queryForList(
            "select distinct record_id from charger where operator_id = ? order by record_id",
            String.class,
            operatorId),
        from,
        to);
  }

  /** Every operator's active chargers, in id order. */
  public List<Charger> allChargers() {
    return ingest.latestChargers().stream()
        .filter(c -> c.status() == RecordStatus.ACTIVE)
        .sorted(java.util.Comparator.comparing(Charger::chargerId))
        .toList();
  }

  /** Readings of these meters (chargers' or sites') that overlap {@code [from, to)}. */
  public List<IntervalReading> meterReadings(List<String> meters, Instant from, Instant to) {
    List<IntervalReading> readings = new ArrayList<>();
    for (int i = 0; i < meters.size(); i += METERS_PER_QUERY) {
      List<String> some = meters.subList(i, Math.min(meters.size(), i + METERS_PER_QUERY));
      List<Object> args = new ArrayList<>(some);
      args.add(utc(to));
      args.add(utc(from.minusSeconds(86_400)));
      readings.addAll(jdbc.query(readingsOf(some.size()), InputSnapshot::reading, args.toArray()));
    }
    return readings;
  }

  /** The readings of {@code meters} meters named as parameters, of a stretch of time. */
  static String readingsOf(int meters) {
    return "select t.* from interval_reading t where t.meter_id in ("
        + String.join(", ", java.util.Collections.nCopies(meters, "?"))
        + ") and "
        + LatestVersion.of("interval_reading", "t")
        + " and t.status = 'ACTIVE'"
        + " and t.interval_start < ? and t.interval_start >= ?"
        + " order by t.meter_id, t.interval_start";
  }

  private static IntervalReading reading(ResultSet rs, int row) throws SQLException {
    return new IntervalReading(
        rs.getString("meter_id"),
        IngestStore.instant(rs, "interval_start"),
        rs.getInt("interval_minutes"),
        new Energy(rs.getBigDecimal("import_kwh")),
        rs.getBigDecimal("export_kwh") == null ? null : new Energy(rs.getBigDecimal("export_kwh")),
        RecordStatus.ACTIVE);
  }

  private static <T extends InputRecord> StoredRecord<T> stored(ResultSet rs, T record)
      throws SQLException {
    return new StoredRecord<>(
        record,
        rs.getString("party_id"),
        rs.getInt("version"),
        rs.getString("content_sha256"),
        rs.getLong("file_id"),
        rs.getLong("line_no"),
        IngestStore.instant(rs, "received_at"),
        IngestStore.instant(rs, "first_received_at"));
  }

  private static Object utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  /** The latest ACTIVE version of every site, in site_id order. */
  public List<Site> sites() {
    return storedSites().stream().map(StoredRecord::record).toList();
  }

  /** The sites with their versions (a line for a site cites the version it settled). */
  public List<StoredRecord<Site>> storedSites() {
    return jdbc.query(
        "select t.* from site t where "
            + LatestVersion.of("site", "t")
            + " and t.status = 'ACTIVE'"
            // one site registered by two operators is two records
            + " order by t.record_id, t.party_id",
        (rs, n) -> stored(rs, IngestStore.site(rs)));
  }

  /**
   * Every utility's latest price of each interval that overlaps {@code [from, to)}, VOIDed ones
   * left out, ordered by utility then interval start.
   */
  public List<UtilityPrice> prices(Instant from, Instant to) {
    return UtilitySeries.prices(jdbc, from, to);
  }

  /**
   * Every utility's latest carbon intensity of each hour that overlaps {@code [from, to)}, VOIDed
   * ones left out, ordered by utility then hour start.
   */
  public List<CarbonIntensity> carbon(Instant from, Instant to) {
    return UtilitySeries.carbon(jdbc, from, to);
  }
}
