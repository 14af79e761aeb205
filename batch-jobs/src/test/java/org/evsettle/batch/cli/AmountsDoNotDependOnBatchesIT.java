package org.evsettle.batch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same month, ingested once, settled with rule sessions of 1, 7 and 2,500 sessions and all at
 * once, on 1 and 4 threads, by a pack whose policies add up over cards, sites and events across
 * operators: every export is byte for byte the same.
 */
class AmountsDoNotDependOnBatchesIT {

  private static final String CHARGERS =
      "charger_id,operator_id,site_id,utility_id,district,access,rated_power_kw,v2g_capable,"
          + "ocpp_security_profile,firmware_signed,default_credentials_changed,tls_cert_expires,"
          + "signed_metering\n";
  private static final String SESSIONS =
      "session_id,charger_id,started_at,ended_at,energy_kwh,id_tag\n";

  @TempDir Path dir;

  @Test
  void exportsAreTheSameWhateverTheBatchSizeAndTheThreads() throws IOException {
    Path home = dir.resolve("ingested");
    Cli.run(
        0,
        "generate",
        "--home",
        home.toString(),
        "--sessions",
        "1200",
        "--operators",
        "4",
        "--period",
        "2026-10");
    writeMarketInputs(home.resolve("inbox"));
    assertThat(Cli.run(0, "ingest", "--home", home.toString())).contains("rejected=0");
    Path rules = marketPack(dir.resolve("rules"));
    Cli.approve(home, rules.resolve("market")); // each copy of the home has the approval

    Map<String, String> reference = null;
    String referenceName = null;
    for (int threads : new int[] {1, 4}) {
      for (int batch : new int[] {1, 7, 2500, 1_000_000}) {
        String name = "batches of " + batch + " on " + threads + " thread(s)";
        Path copy = Cli.copy(home, dir.resolve("settled-" + threads + "-" + batch));
        System.setProperty("evsettle.settle.batch-size", Integer.toString(batch));
        System.setProperty("evsettle.settle.threads", Integer.toString(threads));
        try {
          Cli.run(
              0,
              "settle",
              "--home",
              copy.toString(),
              "--period",
              "2026-10",
              "--rules",
              rules.toString(),
              "--pack",
              "market");
        } finally {
          System.clearProperty("evsettle.settle.batch-size");
          System.clearProperty("evsettle.settle.threads");
        }
        Map<String, String> exports = exports(copy.resolve("outbox"));
        if (reference == null) {
          reference = exports;
          referenceName = name;
          String all = String.join("\n", exports.values());
          // taxi-7: 300 + 180 = 480 kWh over the 300 kWh cap: 300 x 300/480 = 187.5 kWh at OP1,
          // 180 x 300/480 = 112.5 kWh at OP2, x 0.40 = 75.00 + 45.00 = 120.00
          assertThat(all)
              .contains(",BJ-SUBSIDY-FUND,OP1,OP1,,cards,")
              .contains(",0,187.5,kWh,0.4,75.00,CNY,")
              .contains(",0,112.5,kWh,0.4,45.00,CNY,");
          // SHARED: 60 kW of OP1 and 60 kW of OP2 from 08:30 to 09:00: 120 kW, 70 over 50 x 40
          assertThat(all).contains(",OP1,UT1,OP1,,sites,SHARED,1,70,kW,40,2800.00,CNY,");
          // DR: 10 ordinary weekdays of 40 kWh, 20 kWh drawn in LR-1: 20 kWh x 2.00
          assertThat(all).contains(",UT1,OP3,OP3,,dispatch,LR-1,1,20,kWh,2,40.00,CNY,");
          assertThat(siteDemand(copy)).contains("OP1 SHARED 120 50");
          // every line has an operator on one side and a utility or the fund on the other: the
          // operators' statements add up, component by component, to the others'
          assertThat(totals(exports, true)).isNotEmpty().isEqualTo(totals(exports, false));
          // each period-wide line traced to its sessions: the card's 5 at OP1 and 3 at OP2, the
          // shared site's 8, and LR-1's 10 baseline weekdays (from 1 October back, 21 days of
          // look-back) and the event day: DR-2026-10-01 to -22, weekdays
          List<String> sources = periodSources(copy);
          String taxi7 =
              sources.stream()
                  .filter(r -> r.startsWith("cards ") && r.contains(" OP1 sessions TX1-12 "))
                  .findFirst()
                  .orElseThrow()
                  .split(" ")[1];
          assertThat(sources.stream().filter(r -> r.startsWith("cards " + taxi7 + " ")))
              .hasSize(8)
              .allMatch(r -> r.contains(" OP1 sessions TX1-") || r.contains(" OP2 sessions TX2-"))
              .allMatch(r -> r.contains(" OP1-TX TAXI ") || r.contains(" OP2-TX TAXI "));
          assertThat(sources.stream().filter(r -> r.startsWith("sites SHARED OP1 "))).hasSize(8);
          assertThat(sources.stream().filter(r -> r.startsWith("dispatch LR-1 OP3 sessions DR-")))
              .hasSize(16)
              .anyMatch(r -> r.contains(" DR-2026-10-01 "))
              .anyMatch(r -> r.contains(" DR-2026-10-22 "));
        } else {
          assertThat(exports).as(name + " against " + referenceName).isEqualTo(reference);
        }
      }
    }
  }

  /** The regulator workbook's site demand sheet, a row per line: operator, site, peak, limit. */
  private static List<String> siteDemand(Path home) throws IOException {
    List<String> rows = new ArrayList<>();
    try (var wb =
        org.apache.poi.ss.usermodel.WorkbookFactory.create(
            home.resolve("reports/2026-10/2026-10-INITIAL/regulator.xlsx").toFile())) {
      var formatter = new org.apache.poi.ss.usermodel.DataFormatter();
      for (var row : wb.getSheet("Site demand")) {
        List<String> cells = new ArrayList<>();
        row.forEach(c -> cells.add(formatter.formatCellValue(c)));
        rows.add(String.join(" ", cells));
      }
    }
    return rows;
  }

  /** Amounts per component over the operators' statements, or over the others'. */
  private static Map<String, java.math.BigDecimal> totals(
      Map<String, String> exports, boolean operators) {
    Map<String, java.math.BigDecimal> totals = new TreeMap<>();
    exports.forEach(
        (path, content) -> {
          if (path.endsWith("statement.csv") && path.startsWith("operators/") == operators) {
            content
                .lines()
                .skip(1)
                .map(l -> l.split(","))
                .forEach(
                    c ->
                        totals.merge(
                            c[6], new java.math.BigDecimal(c[11]), java.math.BigDecimal::add));
          }
        });
    return totals;
  }

  /** The auditor workbook's period sources, a row per source, cells joined by spaces. */
  private static List<String> periodSources(Path home) throws IOException {
    List<String> rows = new ArrayList<>();
    try (var wb =
        org.apache.poi.ss.usermodel.WorkbookFactory.create(
            home.resolve("reports/2026-10/2026-10-INITIAL/auditor.xlsx").toFile())) {
      var formatter = new org.apache.poi.ss.usermodel.DataFormatter();
      for (var row : wb.getSheet("Period sources")) {
        List<String> cells = new ArrayList<>();
        row.forEach(c -> cells.add(formatter.formatCellValue(c)));
        rows.add(String.join(" ", cells));
      }
    }
    return rows;
  }

  /** Every export file but receipts (which were written once, at ingest), by path. */
  private static Map<String, String> exports(Path outbox) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(outbox)) {
      for (Path f : all.filter(Files::isRegularFile).toList()) {
        String name = outbox.relativize(f).toString();
        if (!name.contains("receipts")) {
          files.put(name, Files.readString(f));
        }
      }
    }
    return files;
  }

  /**
   * Taxi card "taxi-7" charges 5 x 60 kWh at OP1 and 3 x 60 at OP2 (over its 300 kWh cap) at site
   * SHARED, which both operators use; site DR of OP3 draws 40 kWh 18:00-20:00 on weekdays but 20
   * kWh in load-reduction event LR-1.
   */
  private static void writeMarketInputs(Path inbox) throws IOException {
    Files.writeString(
        inbox.resolve("operators/OP1/chargers-taxi.csv"),
        CHARGERS + "OP1-TX,OP1,SHARED,UT1,D0,TAXI,60,false,3,true,true,2027-10-01,OCMF\n");
    Files.writeString(
        inbox.resolve("operators/OP2/chargers-taxi.csv"),
        CHARGERS + "OP2-TX,OP2,SHARED,UT1,D0,TAXI,60,false,3,true,true,2027-10-01,OCMF\n");
    Files.writeString(
        inbox.resolve("operators/OP3/chargers-dr.csv"),
        CHARGERS + "OP3-DR,OP3,DR,UT1,D1,PUBLIC,60,false,3,true,true,2027-10-01,OCMF\n");
    Files.writeString(
        inbox.resolve("operators/OP1/sites.csv"),
        "site_id,operator_id,utility_id,district,max_demand_kw,grid_connection\n"
            + "SHARED,OP1,UT1,D0,50,10 kV\n");
    Files.writeString(
        inbox.resolve("operators/OP3/sites.csv"),
        "site_id,operator_id,utility_id,district,max_demand_kw,grid_connection\n"
            + "DR,OP3,UT1,D1,,0.4 kV\n");
    StringBuilder op1 = new StringBuilder(SESSIONS);
    for (int d = 12; d <= 16; d++) {
      op1.append(taxi("TX1-" + d, "OP1-TX", d, "08:00", "09:00"));
    }
    Files.writeString(inbox.resolve("operators/OP1/sessions-taxi.csv"), op1);
    StringBuilder op2 = new StringBuilder(SESSIONS);
    for (int d = 12; d <= 14; d++) {
      op2.append(taxi("TX2-" + d, "OP2-TX", d, "08:30", "09:30"));
    }
    Files.writeString(inbox.resolve("operators/OP2/sessions-taxi.csv"), op2);
    List<String> dr = new ArrayList<>();
    for (LocalDate d = LocalDate.of(2026, 9, 7);
        d.isBefore(LocalDate.of(2026, 10, 31));
        d = d.plusDays(1)) {
      if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
        String kwh = d.equals(LocalDate.of(2026, 10, 22)) ? "20" : "40";
        dr.add(
            "DR-" + d + ",OP3-DR," + d + "T18:00:00+08:00," + d + "T20:00:00+08:00," + kwh + ",");
      }
    }
    Files.writeString(
        inbox.resolve("operators/OP3/sessions-dr.csv"), SESSIONS + String.join("\n", dr) + "\n");
    Files.createDirectories(inbox.resolve("utilities/UT1"));
    Files.writeString(
        inbox.resolve("utilities/UT1/dispatch-lr.csv"),
        "event_id,kind,starts_at,ends_at,site_id,district,requested_kw\n"
            + "LR-1,LOAD_REDUCTION,2026-10-22T18:00:00+08:00,2026-10-22T20:00:00+08:00,DR,,20\n");
  }

  private static String taxi(String id, String charger, int day, String from, String to) {
    return id
        + ","
        + charger
        + ",2026-10-"
        + day
        + "T"
        + from
        + ":00+08:00,2026-10-"
        + day
        + "T"
        + to
        + ":00+08:00,60,taxi-7\n";
  }

  /** The Beijing pack with the period-wide policies of the rules module's market test pack. */
  private static Path marketPack(Path rules) throws IOException {
    Path pack = Cli.copy(Path.of("../rules/policies/beijing"), rules.resolve("market"));
    try (Stream<Path> files =
        Files.list(Path.of("../rules/src/test/resources/packs/market-rules"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.copy(
            f,
            pack.resolve(f.getFileName().toString()),
            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
    return rules;
  }
}
