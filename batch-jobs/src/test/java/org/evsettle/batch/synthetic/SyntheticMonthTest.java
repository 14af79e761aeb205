package org.evsettle.batch.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's month: plausible, ordered as operators export it, and the same for a seed. */
class SyntheticMonthTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final LocalDate OCTOBER = LocalDate.parse("2026-10-01");

  @TempDir Path dir;

  private static List<CSVRecord> rows(Path file) throws IOException {
    try (Reader in = Files.newBufferedReader(file)) {
      return CSVFormat.RFC4180
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .get()
          .parse(in)
          .getRecords();
    }
  }

  private Path month(String name) {
    Path inbox = dir.resolve(name);
    new SyntheticSessions(SHANGHAI, OCTOBER, 31, 7L).write(inbox, 2, 3000);
    DemoExtras.write(inbox);
    IntervalReadings.write(inbox, SHANGHAI, OCTOBER, 31, 2, 8L);
    return inbox;
  }

  @Test
  void sessionsAreInStartOrderWithIncreasingIdsAndNeverAboveRatedPower() throws IOException {
    Path inbox = month("a");
    Path op1 = inbox.resolve("operators/OP1");
    Map<String, BigDecimal> ratedKw = new HashMap<>();
    rows(op1.resolve("chargers.csv"))
        .forEach(r -> ratedKw.put(r.get("charger_id"), new BigDecimal(r.get("rated_power_kw"))));
    List<CSVRecord> sessions = rows(op1.resolve("sessions-synthetic.csv"));
    assertThat(sessions).hasSize(1500);
    OffsetDateTime previousStart = null;
    String previousId = "";
    for (CSVRecord s : sessions) {
      OffsetDateTime start = OffsetDateTime.parse(s.get("started_at"));
      OffsetDateTime end = OffsetDateTime.parse(s.get("ended_at"));
      if (previousStart != null) {
        assertThat(start).isAfterOrEqualTo(previousStart);
      }
      assertThat(s.get("session_id")).hasSize("OP1-000000000".length()).isGreaterThan(previousId);
      assertThat(start.toLocalDate().getMonthValue()).isEqualTo(10);
      BigDecimal hours =
          BigDecimal.valueOf(Duration.between(start, end).toMinutes())
              .divide(BigDecimal.valueOf(60), 6, java.math.RoundingMode.DOWN);
      assertThat(new BigDecimal(s.get("energy_kwh")))
          .isPositive()
          .isLessThanOrEqualTo(ratedKw.get(s.get("charger_id")).multiply(hours));
      previousStart = start;
      previousId = s.get("session_id");
    }
  }

  @Test
  void v2gDischargesFallInDischargeRequestsAndReadingsStayWithinRatedPower() throws IOException {
    Path inbox = month("a");
    List<CSVRecord> requests = rows(inbox.resolve("utilities/UT1/dispatch-2026-10.csv"));
    List<CSVRecord> discharges = rows(inbox.resolve("operators/OP1/discharges-2026-10.csv"));
    assertThat(discharges).isNotEmpty();
    assertThat(discharges)
        .anySatisfy(
            d ->
                assertThat(requests)
                    .anyMatch(
                        q ->
                            OffsetDateTime.parse(q.get("starts_at"))
                                    .isBefore(OffsetDateTime.parse(d.get("ended_at")))
                                && OffsetDateTime.parse(q.get("ends_at"))
                                    .isAfter(OffsetDateTime.parse(d.get("started_at")))));

    Map<String, BigDecimal> ratedKw = new HashMap<>();
    for (String op : List.of("OP1", "OP2")) {
      rows(inbox.resolve("operators/" + op + "/chargers.csv"))
          .forEach(r -> ratedKw.put(r.get("charger_id"), new BigDecimal(r.get("rated_power_kw"))));
    }
    List<CSVRecord> readings = rows(inbox.resolve("utilities/UT1/intervals-2026-10.csv"));
    long meters = readings.stream().map(r -> r.get("meter_id")).distinct().count();
    assertThat(meters).isPositive();
    // 31 days of 96 quarter hours per meter
    assertThat(readings).hasSize((int) (meters * 31 * 96));
    assertThat(readings)
        .allSatisfy(
            r ->
                assertThat(new BigDecimal(r.get("import_kwh")))
                    .isLessThanOrEqualTo(
                        ratedKw.get(r.get("meter_id")).divide(BigDecimal.valueOf(4))));
  }

  @Test
  void theSameSeedWritesTheSameBytes() throws IOException {
    Path a = month("a");
    Path b = month("b");
    for (String file :
        List.of(
            "operators/OP2/sessions-synthetic.csv",
            "operators/OP2/discharges-2026-10.csv",
            "utilities/UT1/intervals-2026-10.csv",
            "regulator/ratings-2026-Q4.csv")) {
      assertThat(Files.readAllBytes(b.resolve(file)))
          .isEqualTo(Files.readAllBytes(a.resolve(file)));
    }
  }
}
