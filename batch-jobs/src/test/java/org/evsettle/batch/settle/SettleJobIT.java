package org.evsettle.batch.settle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.evsettle.batch.EvsettleApplication;
import org.evsettle.batch.approval.PackApprovals;
import org.evsettle.batch.approval.SignedOffPacks;
import org.evsettle.integrations.inbox.InboxSweep;
import org.evsettle.settlement.ledger.LedgerStore;
import org.evsettle.settlement.ledger.RunStatus;
import org.evsettle.settlement.ledger.SettlementRun;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Settlement runs on the real job, store and pack, from files ingested through the inbox. Each test
 * settles a period of its own. Amounts are worked out by hand from the Beijing rates (see rules'
 * BeijingPackTest): flat 0.6950, valley 0.3946, peak 1.0044, subsidy A 0.20 per kWh.
 */
@SpringBootTest(classes = EvsettleApplication.class)
class SettleJobIT {

  private static final Path HOME = tempHome();
  private static final Path RULES = Path.of("../rules/policies");
  private static final String CHARGER_HEADER =
      "charger_id,operator_id,site_id,utility_id,access,rated_power_kw,ocpp_security_profile,"
          + "firmware_signed,default_credentials_changed,tls_cert_expires,signed_metering";
  private static final String SESSION_HEADER =
      "session_id,charger_id,started_at,ended_at,energy_kwh,status";

  @Autowired SettleService settle;
  @Autowired InboxSweep sweep;
  @Autowired LedgerStore ledger;
  @Autowired SettleFaults faults;
  @Autowired JdbcTemplate jdbc;
  @Autowired PackApprovals approvals;
  @Autowired org.evsettle.batch.publish.PublishService publish;

  @DynamicPropertySource
  static void home(DynamicPropertyRegistry registry) {
    registry.add("evsettle.home", HOME::toString);
  }

  private static Path tempHome() {
    try {
      Path home = Files.createTempDirectory("evsettle-settle-");
      // the test database lives here: removed when the test JVM exits
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> org.springframework.util.FileSystemUtils.deleteRecursively(home.toFile())));
      return home;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private void drop(String folder, String name, String... lines) throws IOException {
    Path file = HOME.resolve("inbox").resolve(folder).resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, String.join("\n", lines) + "\n");
  }

  private void ingestAsOf(String localTime) {
    var at = OffsetDateTime.parse(localTime + "+08:00").toInstant();
    sweep.runOnce(Clock.fixed(at, ZoneOffset.UTC), true);
  }

  /**
   * A compliant charger. The tests' chargers are of 50 kW: below the 60 kW from which CS-5 asks
   * each session for signed meter values, which these runs are not about.
   */
  private static String compliantCharger(String id, String operator, String site, String kw) {
    return String.join(
        ",", id, operator, site, "UT1", "PUBLIC", kw, "3", "true", "true", "2030-01-01", "OCMF");
  }

  private SettleService.Outcome settle(String period, boolean fin) throws Exception {
    SignedOffPacks.approve(approvals, RULES.resolve("beijing"));
    return settle.settle(YearMonth.parse(period), fin, "beijing", RULES);
  }

  /** Lines of a run: "KIND COMPONENT WINDOW record quantity amount", in a stable order. */
  private List<String> lines(SettlementRun run, String operator) {
    return jdbc.query(
        "select kind, component, window_class, record_id, quantity, amount from settlement_line"
            + " where run_id = ? and operator_id = ? order by kind desc, record_id, component,"
            + " window_class",
        (rs, n) ->
            rs.getString(1)
                + " "
                + rs.getString(2)
                + " "
                + (rs.getString(3) == null ? "-" : rs.getString(3))
                + " "
                + rs.getString(4)
                + " "
                + rs.getBigDecimal(5).stripTrailingZeros().toPlainString()
                + " "
                // stored at four decimals; CNY's amounts have two
                + rs.getBigDecimal(6).setScale(2).toPlainString(),
        run.id(),
        operator);
  }

  @Test
  void aCorrectionAndAVoidProduceExactlyTheirAdjustments() throws Exception {
    drop(
        "operators/OP-C",
        "chargers.csv",
        CHARGER_HEADER,
        compliantCharger("C-C", "OP-C", "SC", "50"));
    drop("regulator", "ratings-c.csv", "site_id,quarter,rating", "SC,2026-Q2,A");
    drop(
        "operators/OP-C",
        "sessions-june.csv",
        SESSION_HEADER,
        "X,C-C,2026-06-10T22:30:00+08:00,2026-06-10T23:30:00+08:00,10,",
        "Y,C-C,2026-06-11T22:30:00+08:00,2026-06-11T23:30:00+08:00,10,",
        "Z,C-C,2026-06-12T11:00:00+08:00,2026-06-12T12:00:00+08:00,10,");
    ingestAsOf("2026-06-13T00:00:00");
    var initial = settle("2026-06", false);
    assertThat(initial.run().runId()).isEqualTo("2026-06-INITIAL");
    // the run, read back from the ledger, names who wrote and who approved its pack
    assertThat(initial.run().approval().submittedBy()).isEqualTo(SignedOffPacks.AUTHOR);
    assertThat(initial.run().approval().approvedBy()).isEqualTo(SignedOffPacks.APPROVER);
    assertThat(initial.run().approval().approvedAt()).isNotNull();
    // X and Y: 22:30-23:00 flat (5 x 0.6950 = 3.48), 23:00-23:30 valley (5 x 0.3946 = 1.97);
    // Z: 11:00-12:00 peak (10 x 1.0044 = 10.04); each 10 x 0.20 = 2.00 subsidy
    assertThat(lines(initial.run(), "OP-C"))
        .containsExactly(
            "SETTLEMENT ENERGY FLAT X 5 3.48",
            "SETTLEMENT ENERGY VALLEY X 5 1.97",
            "SETTLEMENT SUBSIDY - X 10 2.00",
            "SETTLEMENT ENERGY FLAT Y 5 3.48",
            "SETTLEMENT ENERGY VALLEY Y 5 1.97",
            "SETTLEMENT SUBSIDY - Y 10 2.00",
            "SETTLEMENT ENERGY PEAK Z 10 10.04",
            "SETTLEMENT SUBSIDY - Z 10 2.00");

    // X corrected to 12 kWh, Z voided; Y untouched
    drop(
        "operators/OP-C",
        "sessions-june-corrections.csv",
        SESSION_HEADER,
        "X,C-C,2026-06-10T22:30:00+08:00,2026-06-10T23:30:00+08:00,12,",
        "Z,C-C,2026-06-12T11:00:00+08:00,2026-06-12T12:00:00+08:00,10,VOID");
    ingestAsOf("2026-06-20T00:00:00");
    var r1 = settle("2026-06", false);
    assertThat(r1.run().runId()).isEqualTo("2026-06-R1");
    // X: flat 6 x 0.6950 = 4.17 (+0.69), valley 6 x 0.3946 = 2.3676 -> 2.37 (+0.40),
    // subsidy 12 x 0.20 = 2.40 (+0.40); Z: -10.04 energy, -2.00 subsidy
    assertThat(lines(r1.run(), "OP-C"))
        .containsExactly(
            "SETTLEMENT ENERGY FLAT X 6 4.17",
            "SETTLEMENT ENERGY VALLEY X 6 2.37",
            "SETTLEMENT SUBSIDY - X 12 2.40",
            "SETTLEMENT ENERGY FLAT Y 5 3.48",
            "SETTLEMENT ENERGY VALLEY Y 5 1.97",
            "SETTLEMENT SUBSIDY - Y 10 2.00",
            "ADJUSTMENT ENERGY FLAT X 1 0.69",
            "ADJUSTMENT ENERGY VALLEY X 1 0.40",
            "ADJUSTMENT SUBSIDY - X 2 0.40",
            "ADJUSTMENT ENERGY PEAK Z -10 -10.04",
            "ADJUSTMENT SUBSIDY - Z -10 -2.00");
    assertThat(
            jdbc.queryForObject(
                "select explanation from settlement_line where run_id = ?"
                    + " and kind = 'ADJUSTMENT' and record_id = 'X' and component = 'SUBSIDY'",
                String.class,
                r1.run().id()))
        .isEqualTo(
            "SUBSIDY of X was 2.00 CNY in 2026-06-INITIAL and is 2.40 in 2026-06-R1 (record"
                + " version 2): adjusted by 0.40.");

    // the fund's export carries its subsidy lines and their adjustments; the utility's its energy
    publish.publish(r1.run(), "BJ-SUBSIDY-FUND");
    Path fund = HOME.resolve("outbox/regulator/2026-06/2026-06-R1");
    assertThat(Files.readAllLines(fund.resolve("lines.csv")))
        .hasSize(1 + 4)
        .allMatch(l -> l.startsWith("run_id") || l.contains(",SUBSIDY,"));
    // settlement: X 12 + Y 10 kWh = 4.40 CNY; adjustments: X +2 kWh +0.40, Z -10 kWh -2.00
    assertThat(Files.readAllLines(fund.resolve("statement.csv")))
        .containsExactly(
            "run_id,run_type,period,payer,payee,operator_id,component,kind,window_class,quantity,unit,"
                + "amount,currency",
            "2026-06-R1,R1,2026-06,BJ-SUBSIDY-FUND,OP-C,OP-C,SUBSIDY,ADJUSTMENT,,-8,kWh,-1.60,CNY",
            "2026-06-R1,R1,2026-06,BJ-SUBSIDY-FUND,OP-C,OP-C,SUBSIDY,SETTLEMENT,,22,kWh,4.40,CNY");
    assertThat(HOME.resolve("outbox/utilities/UT1/2026-06/2026-06-R1/manifest.json")).exists();

    // the regulator's workbook: the run's own subsidy (not its adjustments), energy by operator
    Path workbooks = publish.workbooks(r1.run(), r1.pack().pack().manifest());
    try (var in = Files.newInputStream(workbooks.resolve("regulator.xlsx"));
        var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
      var subsidies = wb.getSheet("Subsidies").getRow(1);
      assertThat(subsidies.getCell(0).getStringCellValue()).isEqualTo("OP-C");
      assertThat(subsidies.getCell(1).getNumericCellValue()).isEqualTo(22.0);
      assertThat(subsidies.getCell(2).getNumericCellValue()).isEqualTo(4.40);
      assertThat(subsidies.getCell(3).getNumericCellValue()).isEqualTo(0.0);
      var totals = wb.getSheet("Totals by operator");
      boolean found = false;
      for (var row : totals) {
        if (row.getRowNum() > 0
            && row.getCell(0).getStringCellValue().equals("OP-C")
            && row.getCell(1).getStringCellValue().equals("ENERGY")
            && row.getCell(2).getStringCellValue().equals("SETTLEMENT")) {
          // 4.17 + 2.37 + 3.48 + 1.97
          assertThat(row.getCell(5).getNumericCellValue())
              .isEqualTo(11.99, org.assertj.core.data.Offset.offset(1e-9));
          found = true;
        }
      }
      assertThat(found).isTrue();
      assertThat(wb.getSheet("Energy by window").getDrawingPatriarch().getCharts()).hasSize(1);
    }
    assertThat(workbooks.resolve("auditor.xlsx")).exists();
    // the ledger keeps the run's statements: the fund's subsidy to OP-C, settlement and adjustment
    assertThat(
            jdbc.queryForList(
                "select kind, quantity, amount from run_statement where run_id = ?"
                    + " and payer = 'BJ-SUBSIDY-FUND' order by kind desc",
                r1.run().id()))
        .extracting(
            r ->
                r.get("KIND")
                    + " "
                    + ((java.math.BigDecimal) r.get("QUANTITY"))
                        .stripTrailingZeros()
                        .toPlainString()
                    + " "
                    + ((java.math.BigDecimal) r.get("AMOUNT")).setScale(2))
        .containsExactly("SETTLEMENT 22 4.40", "ADJUSTMENT -8 -1.60");
  }

  @Test
  void theLadderEndsWithFinal() throws Exception {
    drop(
        "operators/OP-L",
        "chargers.csv",
        CHARGER_HEADER,
        compliantCharger("C-L", "OP-L", "SL", "50"));
    drop(
        "operators/OP-L",
        "sessions-may.csv",
        SESSION_HEADER,
        "L1,C-L,2026-05-10T11:00:00+08:00,2026-05-10T12:00:00+08:00,10,");
    ingestAsOf("2026-05-11T00:00:00");
    assertThat(settle("2026-05", false).run().runId()).isEqualTo("2026-05-INITIAL");
    var r1 = settle("2026-05", false);
    assertThat(r1.run().runId()).isEqualTo("2026-05-R1");
    assertThat(lines(r1.run(), "OP-L")).containsExactly("SETTLEMENT ENERGY PEAK L1 10 10.04");
    var fin = settle("2026-05", true);
    assertThat(fin.run().runId()).isEqualTo("2026-05-FINAL");
    assertThat(fin.run().status()).isEqualTo(RunStatus.COMPLETED);
    assertThatThrownBy(() -> settle("2026-05", false))
        .hasMessage("period 2026-05 is final (run 2026-05-FINAL): nothing more is settled for it");
  }

  @Test
  void aRunThatFailsResumesToTheSameResultWithNoLineTwice() throws Exception {
    drop(
        "operators/OP-R1",
        "chargers.csv",
        CHARGER_HEADER,
        compliantCharger("C-R1", "OP-R1", "SR", "50"));
    drop(
        "operators/OP-R2",
        "chargers.csv",
        CHARGER_HEADER,
        compliantCharger("C-R2", "OP-R2", "SR", "50"));
    drop("regulator", "ratings-r.csv", "site_id,quarter,rating", "SR,2026-Q2,A");
    drop(
        "operators/OP-R1",
        "sessions-april.csv",
        SESSION_HEADER,
        "A1,C-R1,2026-04-05T11:00:00+08:00,2026-04-05T12:00:00+08:00,10,");
    drop(
        "operators/OP-R2",
        "sessions-april.csv",
        SESSION_HEADER,
        "A2,C-R2,2026-04-05T11:00:00+08:00,2026-04-05T12:00:00+08:00,10,");
    ingestAsOf("2026-04-06T00:00:00");

    faults.failOperator("OP-R2");
    assertThatThrownBy(() -> settle("2026-04", false))
        .hasMessageContaining("run 2026-04-INITIAL did not complete (FAILED");
    SettlementRun failed = ledger.runs(YearMonth.parse("2026-04")).get(0);
    assertThat(failed.status()).isEqualTo(RunStatus.RUNNING);
    assertThat(lines(failed, "OP-R1")).hasSize(2);
    assertThat(lines(failed, "OP-R2")).isEmpty(); // the failed partition left no line

    faults.failOperator(null);
    var resumed = settle("2026-04", false);
    assertThat(resumed.resumed()).isTrue();
    assertThat(resumed.run().runId()).isEqualTo("2026-04-INITIAL");
    assertThat(resumed.run().status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(ledger.runs(YearMonth.parse("2026-04"))).hasSize(1);
    assertThat(lines(resumed.run(), "OP-R1"))
        .containsExactly("SETTLEMENT ENERGY PEAK A1 10 10.04", "SETTLEMENT SUBSIDY - A1 10 2.00");
    assertThat(lines(resumed.run(), "OP-R2"))
        .containsExactly("SETTLEMENT ENERGY PEAK A2 10 10.04", "SETTLEMENT SUBSIDY - A2 10 2.00");
  }

  @Test
  void theAnnualCapIsConsumedAcrossTheYearsRuns() throws Exception {
    // 7 kW x 1,500 kWh = 10,500 kWh of subsidy a year. August and September each subsidise
    // 10 x 500 kWh; October has 500 kWh left: O-1 gets 400 (80.00), O-2 100 (20.00), O-3 none.
    drop(
        "operators/OP-CAP",
        "chargers.csv",
        CHARGER_HEADER,
        compliantCharger("CAP7", "OP-CAP", "SCAP", "7"));
    drop(
        "regulator",
        "ratings-cap.csv",
        "site_id,quarter,rating",
        "SCAP,2026-Q3,A",
        "SCAP,2026-Q4,A");
    for (String month : List.of("08", "09")) {
      String last = month.equals("08") ? "31" : "30";
      String[] rows = new String[11];
      rows[0] = SESSION_HEADER;
      for (int i = 1; i <= 10; i++) {
        rows[i] =
            "M"
                + month
                + "-"
                + i
                + ",CAP7,2026-"
                + month
                + "-"
                + (Integer.parseInt(last) - 2)
                + "T00:00:00+08:00,2026-"
                + month
                + "-"
                + last
                + "T23:00:00+08:00,500,";
      }
      drop("operators/OP-CAP", "sessions-" + month + ".csv", rows);
      ingestAsOf("2026-" + (month.equals("08") ? "09" : "10") + "-01T00:00:00");
    }
    drop(
        "operators/OP-CAP",
        "sessions-10.csv",
        SESSION_HEADER,
        "O-1,CAP7,2026-10-28T00:00:00+08:00,2026-10-30T23:00:00+08:00,400,",
        "O-2,CAP7,2026-10-28T00:00:00+08:00,2026-10-30T23:00:00+08:00,400,",
        "O-3,CAP7,2026-10-28T00:00:00+08:00,2026-10-30T23:00:00+08:00,400,");
    ingestAsOf("2026-11-01T00:00:00");

    var august = settle("2026-08", false);
    assertThat(lines(august.run(), "OP-CAP"))
        .filteredOn(l -> l.contains("SUBSIDY"))
        .hasSize(10)
        .allMatch(l -> l.endsWith(" 500 100.00"));
    settle("2026-09", false);
    settle("2026-09", false); // a re-run of September does not count twice
    var october = settle("2026-10", false);
    assertThat(lines(october.run(), "OP-CAP"))
        .filteredOn(l -> l.contains("SUBSIDY"))
        .containsExactly(
            "SETTLEMENT SUBSIDY - O-1 400 80.00", "SETTLEMENT SUBSIDY - O-2 100 20.00");
    // O-2 had 300 kWh over the cap and O-3 all its 400
    assertThat(
            jdbc.queryForObject(
                "select measured from run_operator_summary where run_id = ?"
                    + " and operator_id = 'OP-CAP' and measure = 'subsidy capped kWh'",
                java.math.BigDecimal.class,
                october.run().id()))
        .isEqualByComparingTo("700");
  }
}
