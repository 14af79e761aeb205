package org.evsettle.settlement.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.evsettle.settlement.SettlementTestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Which received files the data quality sheet of a run lists, on every supported database: the
 * period's, not every file of the home, and an interrupted receipt only while it is the file's
 * latest. Files are named "pif-..." and the period is March 2031: other tests' files are not looked
 * at.
 */
@SpringBootTest(classes = SettlementTestApplication.class)
abstract class PeriodInputFilesContract {

  private static final Instant FROM = Instant.parse("2031-03-01T00:00:00Z");
  private static final Instant TO = Instant.parse("2031-04-01T00:00:00Z");

  @Autowired JdbcTemplate jdbc;
  @Autowired RunReportData data;

  @Test
  void theDataQualitySheetListsThePeriodsFilesAndAnInterruptedReceiptOnlyUntilItIsRetried() {
    long chargers = file("pif-chargers", "CHARGERS", "PROCESSED", "2030-06-10T00:00:00Z", 3);
    long february = file("pif-sessions-feb", "SESSIONS", "PROCESSED", "2031-03-02T00:00:00Z", 1);
    session(february, "FEB-1", "2031-02-28T23:30:00Z");
    long march = file("pif-sessions-mar", "SESSIONS", "PROCESSED", "2031-03-16T00:00:00Z", 1);
    session(march, "MAR-1", "2031-03-15T10:00:00Z");
    // a crash left the first receipt in progress; the sender's same file came again and was read
    long crashed = file("pif-sessions-crash", "SESSIONS", "IN_PROGRESS", "2031-03-20T00:00:00Z", 0);
    long retried = file("pif-sessions-crash", "SESSIONS", "PROCESSED", "2031-03-21T00:00:00Z", 1);
    session(retried, "MAR-2", "2031-03-19T10:00:00Z");
    long refused = file("pif-broken", "SESSIONS", "QUARANTINED", "2031-03-25T00:00:00Z", 0);
    rejected(refused, "MISSING_FIELD");
    long refusedBefore =
        file("pif-broken-old", "SESSIONS", "QUARANTINED", "2031-02-10T00:00:00Z", 0);
    rejected(refusedBefore, "NEGATIVE_ENERGY");
    // interrupted and never sent again: still the file's latest state, so still listed
    long interrupted =
        file("pif-sessions-left", "SESSIONS", "IN_PROGRESS", "2031-03-28T00:00:00Z", 0);
    // interrupted in another period: not this period's
    file("pif-sessions-stale", "SESSIONS", "IN_PROGRESS", "2031-01-05T00:00:00Z", 0);
    long q1 = file("pif-ratings-q1", "RATINGS", "PROCESSED", "2031-01-02T00:00:00Z", 1);
    rating(q1, "2031-Q1");
    long q2 = file("pif-ratings-q2", "RATINGS", "PROCESSED", "2031-03-30T00:00:00Z", 1);
    rating(q2, "2031-Q2");
    long run = run("2031-04-05T00:00:00Z");
    // received after the run started: the run could not have read it
    long late = file("pif-sessions-after", "SESSIONS", "PROCESSED", "2031-04-06T00:00:00Z", 1);
    session(late, "MAR-3", "2031-03-29T10:00:00Z");

    // by hand: the registry; March's sessions; the retried file, not its crashed receipt; the
    // file refused in March; the receipt left in progress in March; the Q1 ratings (March is Q1)
    assertThat(ids(data.inputFiles(run, FROM, TO)))
        .containsExactly(chargers, march, retried, refused, interrupted, q1);
    assertThat(crashed).isNotIn(ids(data.inputFiles(run, FROM, TO)));
    assertThat(
            data.rejectedRowsByReason(run, FROM, TO).stream()
                .filter(r -> "pif".equals(value(r, "party_id")))
                .map(r -> value(r, "code") + " " + value(r, "rows_rejected")))
        .containsExactly("MISSING_FIELD 1");
  }

  @Test
  void ratingsAreOfTheQuarterOfTheRunsMonthInThePacksZone() {
    // April 2032 in Beijing starts on 31 March, 16:00 UTC: still the first quarter in UTC
    long q1 = file("pif-ratings-2032-q1", "RATINGS", "PROCESSED", "2032-01-02T00:00:00Z", 1);
    rating(q1, "2032-Q1");
    long q2 = file("pif-ratings-2032-q2", "RATINGS", "PROCESSED", "2032-03-30T00:00:00Z", 1);
    rating(q2, "2032-Q2");
    long run = run("2032-04", "2032-05-05T00:00:00Z");
    assertThat(
            ids(
                data.inputFiles(
                    run,
                    Instant.parse("2032-03-31T16:00:00Z"),
                    Instant.parse("2032-04-30T16:00:00Z"))))
        .contains(q2)
        .doesNotContain(q1);
  }

  private List<Long> ids(List<Map<String, Object>> files) {
    return files.stream()
        .filter(f -> value(f, "file_name").toString().startsWith("pif-"))
        .map(
            f ->
                jdbc.queryForObject(
                    "select max(id) from ingested_file where file_name = ? and status = ?",
                    Long.class,
                    value(f, "file_name"),
                    value(f, "status")))
        .toList();
  }

  private static Object value(Map<String, Object> row, String column) {
    return row.entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(column))
        .findFirst()
        .orElseThrow()
        .getValue();
  }

  private long file(String name, String type, String status, String received, long accepted) {
    jdbc.update(
        "insert into ingested_file (party_role, party_id, file_name, sha256, record_type,"
            + " received_at, as_of, status, accepted, corrected, duplicates, rejected)"
            + " values ('OPERATORS', 'pif', ?, ?, ?, ?, false, ?, ?, 0, 0, 0)",
        name,
        String.format("%064x", name.hashCode() & 0xffffffffL),
        type,
        Timestamp.from(Instant.parse(received)),
        status,
        accepted);
    return jdbc.queryForObject("select max(id) from ingested_file", Long.class);
  }

  private void session(long file, String id, String started) {
    Instant start = Instant.parse(started);
    jdbc.update(
        "insert into charging_session (party_id, record_id, version, status, content_sha256,"
            + " file_id, line_no, received_at, first_received_at, charger_id, started_at,"
            + " ended_at, energy_kwh) values ('pif', ?, 1, 'ACTIVE', ?, ?, 2, ?, ?, 'C1', ?, ?, 10)",
        id,
        "0".repeat(64),
        file,
        Timestamp.from(start),
        Timestamp.from(start),
        Timestamp.from(start),
        Timestamp.from(start.plusSeconds(3600)));
  }

  private void rating(long file, String quarter) {
    Instant now = Instant.parse("2031-01-01T00:00:00Z");
    jdbc.update(
        "insert into station_rating (party_id, record_id, version, status, content_sha256,"
            + " file_id, line_no, received_at, first_received_at, site_id, quarter, rating)"
            + " values ('pif', ?, 1, 'ACTIVE', ?, ?, 2, ?, ?, 'S1', ?, 'A')",
        "S1/" + quarter,
        "0".repeat(64),
        file,
        Timestamp.from(now),
        Timestamp.from(now),
        quarter);
  }

  private void rejected(long file, String code) {
    jdbc.update(
        "insert into quarantined_row (file_id, line_no, code, reason) values (?, 2, ?, 'why')",
        file,
        code);
  }

  private long run(String created) {
    return run("2031-03", created);
  }

  private long run(String period, String created) {
    jdbc.update(
        "insert into settlement_run (run_id, period, run_type, sequence, pack_name,"
            + " pack_version, ruleset_sha256, status, created_at) values (?, ?, 'INITIAL', 0,"
            + " 'p', '1', ?, 'COMPLETED', ?)",
        period + "-INITIAL",
        period,
        "0".repeat(64),
        Timestamp.from(Instant.parse(created)));
    return jdbc.queryForObject(
        "select id from settlement_run where run_id = ?", Long.class, period + "-INITIAL");
  }
}
