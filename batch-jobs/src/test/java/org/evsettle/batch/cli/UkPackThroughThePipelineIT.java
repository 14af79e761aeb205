package org.evsettle.batch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The uk pack's worked examples as a month ingested, settled and published: another zone with its
 * clock change, another currency rounded half to even, windows in GMT all year, a component the
 * pack defines (the standing charge) and a site demand charge, with no subsidy fund (its redress
 * fund is owed only what CDRs priced above the price cap charged, and these sessions are CSV rows).
 */
class UkPackThroughThePipelineIT {

  private static final String RUN = "outbox/utilities/UKPN/2026-10/2026-10-INITIAL/";

  @TempDir Path dir;

  @Test
  void aUkMonthIsSettledInPoundsWithItsOwnComponentsAndWindows() throws IOException {
    Path home = dir.resolve("home");
    writeInputs(home.resolve("inbox/operators/OP1"));
    writeUtilitySeries(home.resolve("inbox/utilities"));
    assertThat(Cli.run(0, "ingest", "--home", home.toString())).contains("rejected=0");
    Cli.approveAndSettle(home, "uk", "2026-10");

    String lines = Files.readString(home.resolve(RUN + "lines.csv"));
    // U-1: 07:00-08:00 BST = 06:00-07:00 GMT, inside the 00:30-07:30 GMT night: 10 x 0.095
    assertThat(lines)
        .contains(",ENERGY,OFF_PEAK,OP1,UKPN,OP1,CP1,sessions,U-1,1,10,kWh,0.095,0.95,GBP,");
    // U-2: 5 x 0.245 = 1.225, half to even 1.22
    assertThat(lines).contains(",ENERGY,DAY,OP1,UKPN,OP1,CP1,sessions,U-2,1,5,kWh,0.245,1.22,GBP,");
    // U-3, the night the clocks go back: 45 minutes of day, 45 of night in GMT
    assertThat(lines)
        .contains(",ENERGY,DAY,OP1,UKPN,OP1,CP1,sessions,U-3,1,4.5,kWh,0.245,1.10,GBP,")
        .contains(",ENERGY,OFF_PEAK,OP1,UKPN,OP1,CP1,sessions,U-3,1,4.5,kWh,0.095,0.43,GBP,");
    // U-4 25 x 0.245 = 6.125 -> 6.12; U-5 12.5 x 0.245 = 3.0625 -> 3.06
    assertThat(lines)
        .contains(",ENERGY,DAY,OP1,UKPN,OP1,C1,sessions,U-4,1,25,kWh,0.245,6.12,GBP,")
        .contains(",ENERGY,DAY,OP1,UKPN,OP1,C2,sessions,U-5,1,12.5,kWh,0.245,3.06,GBP,")
        .contains(",STANDING_CHARGE,,OP1,UKPN,OP1,C2,sessions,U-5,1,1,session,0.35,0.35,GBP,");
    // LON-9: 12.5 + 12.5 kWh in 18:00-18:15 = 100 kW, 40 over its 60 kW limit, x 8.50
    assertThat(lines).contains(",DEMAND_CHARGE,,OP1,UKPN,OP1,,sites,LON-9,1,40,kW,8.5,340.00,GBP,");
    // LON-5 measured by its meter: 7.5 kWh in 09:00-09:15 GMT = 30 kW, 10 over its 20 kW limit
    assertThat(lines).contains(",DEMAND_CHARGE,,OP1,UKPN,OP1,,sites,LON-5,1,10,kW,8.5,85.00,GBP,");

    // energy 0.95 + 1.22 + 1.10 + 0.43 + 6.12 + 3.06 = 12.88; 5 standing charges = 1.75
    String statement = Files.readString(home.resolve(RUN + "statement.csv"));
    assertThat(statement)
        .contains(",OP1,UKPN,OP1,ENERGY,SETTLEMENT,OFF_PEAK,14.5,kWh,1.38,GBP")
        .contains(",OP1,UKPN,OP1,ENERGY,SETTLEMENT,DAY,47,kWh,11.50,GBP")
        .contains(",OP1,UKPN,OP1,STANDING_CHARGE,SETTLEMENT,,5,session,1.75,GBP")
        .contains(",OP1,UKPN,OP1,DEMAND_CHARGE,SETTLEMENT,,50,kW,425.00,GBP");
    // no line of the redress fund, so no fund's export
    assertThat(home.resolve("outbox/regulator/2026-10")).doesNotExist();
    // OP1 gets its own statement: every line it pays or is paid, UKPN's and OCTO's together
    String op1 =
        Files.readString(home.resolve("outbox/operators/OP1/2026-10/2026-10-INITIAL/lines.csv"));
    assertThat(op1.lines().count() - 1).isEqualTo(lines.lines().count() - 1 + octoLineCount(home));
    assertThat(
            Files.readString(
                home.resolve("outbox/operators/OP1/2026-10/2026-10-INITIAL/statement.csv")))
        .contains(",OP1,UKPN,OP1,DEMAND_CHARGE,SETTLEMENT,,50,kW,425.00,GBP")
        .contains(",OP1,OCTO,OP1,STANDING_CHARGE,SETTLEMENT,,1,session,0.35,GBP");
    // OCTO publishes half-hourly prices: U-6 16:15-17:15 GMT, 12 kWh, 3 + 6 + 3 kWh at each
    // half hour's price: 1.0536 -> 1.05, 2.445 -> 2.44 (half to even), 0.867 -> 0.87
    String octo =
        Files.readString(home.resolve("outbox/utilities/OCTO/2026-10/2026-10-INITIAL/lines.csv"));
    assertThat(octo)
        .contains(",ENERGY,DYNAMIC,OP1,OCTO,OP1,CP9,sessions,U-6,1,3,kWh,0.3512,1.05,GBP,")
        .contains(",ENERGY,DYNAMIC,OP1,OCTO,OP1,CP9,sessions,U-6,1,6,kWh,0.4075,2.44,GBP,")
        .contains(",ENERGY,DYNAMIC,OP1,OCTO,OP1,CP9,sessions,U-6,1,3,kWh,0.289,0.87,GBP,")
        .contains(",STANDING_CHARGE,,OP1,OCTO,OP1,CP9,sessions,U-6,1,1,session,0.35,0.35,GBP,");
    // energy by window counts the energy component only: the standing charges' 6 "sessions"
    // and the site's 40 kW are not kWh
    assertThat(energyByWindow(home).stream().filter(r -> r.startsWith("OP1 ")))
        .containsExactly(
            "OP1 DAY 47.000",
            "OP1 DYNAMIC 12.000",
            "OP1 OFF_PEAK 14.500",
            // the charted grid: OP1's kWh under DAY, DYNAMIC (and OFF_PEAK)
            "OP1 47.000 12.000");
    // UKPN's grid: 100 g/kWh from 00:00 to 07:00 GMT, 200 otherwise; the lowest quarter of
    // October's 745 hours is 187 of the 100-g hours, the earliest: to 27 October 05:00 GMT.
    // U-1 10 x 100; U-2 5 x 200; U-3 1.5 x 200 + 7.5 x 100; U-4 25 x 200; U-5 12.5 x 200:
    // 10,550 g = 10.550 kg over 61.5 kWh, 17.5 kWh of it in the lowest hours = 28.46 %; U-6 is
    // OCTO's, which publishes no intensity: 12 kWh without
    // the auditor sees the records behind each site's demand charge: LON-9's sessions, both of
    // which drew its peak, and LON-5's meter readings
    assertThat(sheet(home, "auditor.xlsx", "Period sources"))
        .containsExactly(
            "record_type record_id operator_id source_type source_id source_version charger_id"
                + " charger_access started_at kwh",
            "sites LON-9 OP1 sessions U-4 1 C1 PUBLIC 2026-10-06T17:00:00Z 25.000",
            "sites LON-9 OP1 sessions U-5 1 C2 PUBLIC 2026-10-06T17:00:00Z 12.500",
            "sites LON-5 OP1 intervals LON-5 2026-10-08T09:00:00Z 7.500",
            "sites LON-5 OP1 intervals LON-5 2026-10-08T09:15:00Z 5.000");
    assertThat(sheet(home, "Carbon"))
        .contains(
            "OP1 carbon kg CO2 charged energy 10.55",
            "OP1 carbon low-carbon hours percent lowest 25 % of hours 28.46",
            "OP1 carbon kWh without intensity charged energy 12");
  }

  private static long octoLineCount(Path home) throws IOException {
    return Files.readString(home.resolve("outbox/utilities/OCTO/2026-10/2026-10-INITIAL/lines.csv"))
            .lines()
            .count()
        - 1;
  }

  private static List<String> energyByWindow(Path home) throws IOException {
    return sheet(home, "Energy by window").stream()
        .map(
            r ->
                String.join(
                    " ", List.of(r.split(" ")).subList(0, Math.min(3, r.split(" ").length))))
        .toList();
  }

  /** The regulator workbook's sheet, a row per line, cells joined by spaces. */
  private static List<String> sheet(Path home, String name) throws IOException {
    return sheet(home, "regulator.xlsx", name);
  }

  private static List<String> sheet(Path home, String workbook, String name) throws IOException {
    List<String> rows = new ArrayList<>();
    try (var wb =
        WorkbookFactory.create(
            home.resolve("reports/2026-10/2026-10-INITIAL/" + workbook).toFile())) {
      DataFormatter formatter = new DataFormatter();
      for (var row : wb.getSheet(name)) {
        List<String> cells = new ArrayList<>();
        row.forEach(c -> cells.add(formatter.formatCellValue(c)));
        rows.add(String.join(" ", cells).replaceAll(" +", " ").trim());
      }
    }
    return rows;
  }

  private static void writeInputs(Path op1) throws IOException {
    Files.createDirectories(op1);
    Files.writeString(
        op1.resolve("chargers.csv"),
        "charger_id,operator_id,site_id,utility_id,district,access,rated_power_kw\n"
            + "CP1,OP1,LON-1,UKPN,Camden,PUBLIC,22\n"
            + "C1,OP1,LON-9,UKPN,Islington,PUBLIC,50\n"
            + "C2,OP1,LON-9,UKPN,Islington,PUBLIC,50\n"
            + "CP9,OP1,LON-2,OCTO,Hackney,PUBLIC,22\n");
    Files.writeString(
        op1.resolve("sites.csv"),
        "site_id,operator_id,utility_id,district,max_demand_kw,grid_connection\n"
            + "LON-9,OP1,UKPN,Islington,60,11 kV\n"
            + "LON-5,OP1,UKPN,Islington,20,0.4 kV\n");
    Files.writeString(
        op1.resolve("sessions.csv"),
        "session_id,charger_id,started_at,ended_at,energy_kwh\n"
            + "U-1,CP1,2026-10-06T07:00:00+01:00,2026-10-06T08:00:00+01:00,10\n"
            + "U-2,CP1,2026-10-06T12:00:00+01:00,2026-10-06T12:30:00+01:00,5\n"
            + "U-3,CP1,2026-10-25T00:45:00+01:00,2026-10-25T01:15:00+00:00,9\n"
            + "U-4,C1,2026-10-06T18:00:00+01:00,2026-10-06T18:30:00+01:00,25\n"
            + "U-5,C2,2026-10-06T18:00:00+01:00,2026-10-06T18:15:00+01:00,12.5\n"
            + "U-6,CP9,2026-10-14T17:15:00+01:00,2026-10-14T18:15:00+01:00,12\n");
  }

  /** OCTO's half-hourly prices around U-6; UKPN's carbon intensity of every hour of October. */
  private static void writeUtilitySeries(Path utilities) throws IOException {
    Files.createDirectories(utilities.resolve("OCTO"));
    Files.writeString(
        utilities.resolve("OCTO/prices.csv"),
        "utility_id,interval_start,interval_minutes,price,currency\n"
            + "OCTO,2026-10-14T16:00:00Z,30,0.3512,GBP\n"
            + "OCTO,2026-10-14T16:30:00Z,30,0.4075,GBP\n"
            + "OCTO,2026-10-14T17:00:00Z,30,0.2890,GBP\n");
    StringBuilder carbon = new StringBuilder("utility_id,hour_start,gco2_per_kwh\n");
    // October in London: 30 September 23:00 GMT to 1 November 00:00 GMT, 745 hours
    for (Instant h = Instant.parse("2026-09-30T23:00:00Z");
        h.isBefore(Instant.parse("2026-11-01T00:00:00Z"));
        h = h.plusSeconds(3600)) {
      int hour = h.atZone(ZoneOffset.UTC).getHour();
      carbon.append("UKPN,").append(h).append(',').append(hour < 7 ? 100 : 200).append('\n');
    }
    Files.createDirectories(utilities.resolve("UKPN"));
    Files.writeString(utilities.resolve("UKPN/carbon.csv"), carbon);
    // the meter of site LON-5, which has no chargers of its own in the registry
    Files.writeString(
        utilities.resolve("UKPN/intervals.csv"),
        "meter_id,interval_start,interval_minutes,import_kwh\n"
            + "LON-5,2026-10-08T09:00:00Z,15,7.5\n"
            + "LON-5,2026-10-08T09:15:00Z,15,5\n");
  }
}
