package org.evsettle.batch.synthetic;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * What the demo month adds to the synthetic sessions: the regulator's station ratings, V2G
 * discharges of the V2G-capable chargers with the utilities' discharge requests, and a later file
 * of corrections. Derived from the chargers files already written, so it is deterministic too.
 */
public final class DemoExtras {

  private static final String[] GRADES = {"A", "B", "C", "D"};

  private DemoExtras() {}

  record ChargerRow(
      String id,
      String operator,
      String site,
      String utility,
      String district,
      int kw,
      boolean v2g) {}

  public static void write(Path inbox) {
    List<ChargerRow> chargers = chargers(inbox);
    TreeSet<String> sites = new TreeSet<>();
    chargers.forEach(c -> sites.add(c.site()));
    List<String> ratings = new ArrayList<>(List.of("site_id,quarter,rating"));
    int i = 0;
    for (String site : sites) {
      ratings.add(site + ",2026-Q4," + GRADES[i++ % GRADES.length]);
    }
    writeLines(inbox.resolve("regulator/ratings-2026-Q4.csv"), ratings);

    Map<String, List<String>> discharges = new TreeMap<>();
    Map<String, List<String>> requests = new TreeMap<>();
    int n = 0;
    for (ChargerRow c : chargers) {
      if (!c.v2g()) {
        continue;
      }
      List<String> rows =
          discharges.computeIfAbsent(
              c.operator(),
              k ->
                  new ArrayList<>(
                      List.of("discharge_id,charger_id,started_at,ended_at,energy_kwh")));
      for (int day = 5; day <= 25; day += 10) {
        rows.add(
            String.format(
                "%s-V%d,%s,2026-10-%02dT18:30:00+08:00,2026-10-%02dT19:30:00+08:00,%d",
                c.operator(), n++, c.id(), day, day, Math.max(1, c.kw() / 2)));
      }
      List<String> events =
          requests.computeIfAbsent(
              c.utility(),
              k ->
                  new ArrayList<>(
                      List.of("event_id,kind,starts_at,ends_at,site_id,district,requested_kw")));
      String event = c.utility() + "-REQ-" + c.district();
      if (events.stream().noneMatch(e -> e.startsWith(event + ","))) {
        events.add(
            event
                + ",DISCHARGE_REQUEST,2026-10-15T19:00:00+08:00,"
                + "2026-10-15T20:00:00+08:00,,"
                + c.district()
                + ",500");
        events.add(
            event
                + "-S,DISCHARGE_REQUEST,2026-10-05T19:00:00+08:00,"
                + "2026-10-05T20:00:00+08:00,"
                + c.site()
                + ",,200");
      }
    }
    discharges.forEach(
        (op, rows) ->
            writeLines(
                inbox.resolve("operators").resolve(op).resolve("discharges-2026-10.csv"), rows));
    requests.forEach(
        (ut, rows) ->
            writeLines(
                inbox.resolve("utilities").resolve(ut).resolve("dispatch-2026-10.csv"), rows));
  }

  /**
   * A later sessions file: the first session of {@code sessionsFile} corrected, the second voided.
   */
  public static void writeCorrections(Path target, Path sessionsFile) {
    try (Reader in = Files.newBufferedReader(sessionsFile)) {
      List<CSVRecord> first =
          CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).stream()
              .limit(2)
              .toList();
      List<String> rows =
          new ArrayList<>(
              List.of("session_id,charger_id,started_at,ended_at,energy_kwh,id_tag,status"));
      CSVRecord corrected = first.get(0);
      rows.add(
          String.join(
              ",",
              corrected.get("session_id"),
              corrected.get("charger_id"),
              corrected.get("started_at"),
              corrected.get("ended_at"),
              new java.math.BigDecimal(corrected.get("energy_kwh"))
                  .multiply(new java.math.BigDecimal("0.9"))
                  .setScale(3, java.math.RoundingMode.DOWN)
                  .toPlainString(),
              corrected.get("id_tag"),
              "ACTIVE"));
      CSVRecord voided = first.get(1);
      rows.add(
          String.join(
              ",",
              voided.get("session_id"),
              voided.get("charger_id"),
              voided.get("started_at"),
              voided.get("ended_at"),
              voided.get("energy_kwh"),
              voided.get("id_tag"),
              "VOID"));
      writeLines(target, rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Three sessions at the first of OP1's chargers that CS-5 is about and that is paid a subsidy
   * otherwise (public, 60 kW or more, compliant, at a station rated A to C), charged on the month's
   * last day so they are reported in time: one signed as the meter signs, one without signed data,
   * one whose end reading was raised after signing. The demo's run withholds the last two.
   */
  public static void writeMeterValueSamples(Path inbox) {
    Path folder = inbox.resolve("operators/OP1");
    TreeSet<String> sites = new TreeSet<>();
    chargers(inbox).forEach(c -> sites.add(c.site()));
    List<String> rated = new ArrayList<>(sites);
    try (Reader in = Files.newBufferedReader(folder.resolve("chargers.csv"))) {
      for (CSVRecord r :
          CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
        boolean subject =
            r.get("access").equals("PUBLIC") && Integer.parseInt(r.get("rated_power_kw")) >= 60;
        boolean compliant =
            Integer.parseInt(r.get("ocpp_security_profile")) >= 2
                && r.get("firmware_signed").equals("true")
                && r.get("default_credentials_changed").equals("true");
        // ratings go A, B, C, D by site in order (see write): D pays nothing
        boolean paid = rated.indexOf(r.get("site_id")) % GRADES.length < 3;
        if (subject && compliant && paid) {
          writeLines(
              folder.resolve("sessions-meter-values.csv"), meterValueSessions(r.get("charger_id")));
          return;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> meterValueSessions(String charger) {
    var meter = SampleMeters.meterOf(charger);
    java.math.BigDecimal begin = new java.math.BigDecimal("5000.000");
    java.math.BigDecimal kwh = new java.math.BigDecimal("30.000");
    List<String> rows =
        new ArrayList<>(
            List.of("session_id,charger_id,started_at,ended_at,energy_kwh,signed_data"));
    String[] ids = {"METER-SIGNED", "METER-UNSIGNED", "METER-ALTERED"};
    for (int i = 0; i < ids.length; i++) {
      var start = java.time.OffsetDateTime.parse("2026-10-31T1" + i + ":00:00+08:00");
      var end = start.plusHours(1);
      String data =
          meter.signSession(
              start.toInstant(), end.toInstant(), begin, begin.add(kwh), start.getOffset());
      if (i == 1) {
        data = "";
      } else if (i == 2) {
        data = data.replace("\"RV\":5030.000,", "\"RV\":5031.000,");
      }
      rows.add(
          String.join(
              ",",
              ids[i],
              charger,
              start.toString(),
              end.toString(),
              kwh.toPlainString(),
              SampleMeters.csvField(data)));
    }
    return rows;
  }

  static List<ChargerRow> chargers(Path inbox) {
    List<ChargerRow> out = new ArrayList<>();
    try (var operators = Files.list(inbox.resolve("operators"))) {
      for (Path folder : operators.sorted().toList()) {
        try (Reader in = Files.newBufferedReader(folder.resolve("chargers.csv"))) {
          for (CSVRecord r :
              CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            out.add(
                new ChargerRow(
                    r.get("charger_id"),
                    r.get("operator_id"),
                    r.get("site_id"),
                    r.get("utility_id"),
                    r.get("district"),
                    Integer.parseInt(r.get("rated_power_kw")),
                    Boolean.parseBoolean(r.get("v2g_capable"))));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static void writeLines(Path file, List<String> lines) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, String.join("\n", lines) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
