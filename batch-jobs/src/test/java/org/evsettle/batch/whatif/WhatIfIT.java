package org.evsettle.batch.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.evsettle.batch.EvsettleApplication;
import org.evsettle.batch.approval.PackApprovals;
import org.evsettle.batch.approval.SignedOffPacks;
import org.evsettle.batch.publish.PublishService;
import org.evsettle.batch.settle.SettleService;
import org.evsettle.integrations.inbox.InboxSweep;
import org.evsettle.settlement.ocmf.SigningMeter;
import org.evsettle.settlement.whatif.AmountDifference;
import org.evsettle.settlement.whatif.RecordChange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What-ifs of a Beijing October settled once (INITIAL), from files ingested through the inbox.
 * Amounts are worked out by hand from the Beijing rates: valley 0.3946, peak 1.0044 CNY/kWh;
 * subsidy per kWh by station rating A 0.20, D 0; reporting deadline 72 h.
 *
 * <p>OP-W's sessions, ingested on 17 October 00:00 (+08:00): V1 15 Oct 23:00-23:30, 5 kWh at W-A
 * (rated A): valley 5 x 0.3946 = 1.973 -> 1.97, subsidy 5 x 0.20 = 1.00, reported 24.5 h after it
 * ended. V2 16 Oct 01:00-03:00, 20 kWh at W-A: valley 20 x 0.3946 = 7.892 -> 7.89, subsidy 4.00,
 * reported after 21 h. P1 16 Oct 11:00-12:00, 10 kWh at W-D (rated D): peak 10.04, no subsidy.
 */
@SpringBootTest(classes = EvsettleApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WhatIfIT {

  private static final Path HOME = tempFolder("evsettle-whatif-");
  private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
  private static final String CHARGERS =
      "charger_id,operator_id,site_id,utility_id,access,rated_power_kw,ocpp_security_profile,"
          + "firmware_signed,default_credentials_changed,tls_cert_expires,signed_metering,"
          + "meter_public_key,meter_serial";

  // the chargers' meters: their sessions carry signed meter values that verify, so CS-5 withholds
  // nothing, whatever a draft subsidises
  private static final SigningMeter METER = new SigningMeter(BigInteger.valueOf(777L), "W-A-M1");
  private static final SigningMeter METER_D = new SigningMeter(BigInteger.valueOf(778L), "W-D-M1");

  /** The signed data of a meter for a session, as a quoted CSV field. */
  private static String signed(SigningMeter meter, String from, String to, String kwh) {
    OffsetDateTime start = OffsetDateTime.parse(from);
    BigDecimal begin = new BigDecimal("100");
    String data =
        meter.signSession(
            start.toInstant(),
            OffsetDateTime.parse(to).toInstant(),
            begin,
            begin.add(new BigDecimal(kwh)),
            start.getOffset());
    return "\"" + data.replace("\"", "\"\"") + "\"";
  }

  @Autowired WhatIfService whatIf;
  @Autowired SettleService settle;
  @Autowired PublishService publish;
  @Autowired InboxSweep sweep;
  @Autowired JdbcTemplate jdbc;
  @Autowired PackApprovals approvals;

  @DynamicPropertySource
  static void home(DynamicPropertyRegistry registry) {
    registry.add("evsettle.home", HOME::toString);
  }

  @BeforeAll
  void octoberSettledAndPublished() throws Exception {
    drop(
        "operators/OP-W/chargers.csv",
        CHARGERS,
        "W-A,OP-W,SA,UT1,PUBLIC,60,3,true,true,2030-01-01,OCMF,"
            + METER.publicKeyHex()
            + ","
            + METER.serial(),
        "W-D,OP-W,SD,UT1,PUBLIC,60,3,true,true,2030-01-01,OCMF,"
            + METER_D.publicKeyHex()
            + ","
            + METER_D.serial());
    drop("regulator/ratings.csv", "site_id,quarter,rating", "SA,2026-Q4,A", "SD,2026-Q4,D");
    drop(
        "operators/OP-W/sessions.csv",
        "session_id,charger_id,started_at,ended_at,energy_kwh,status,signed_data",
        "V1,W-A,2026-10-15T23:00:00+08:00,2026-10-15T23:30:00+08:00,5,,"
            + signed(METER, "2026-10-15T23:00:00+08:00", "2026-10-15T23:30:00+08:00", "5"),
        "V2,W-A,2026-10-16T01:00:00+08:00,2026-10-16T03:00:00+08:00,20,,"
            + signed(METER, "2026-10-16T01:00:00+08:00", "2026-10-16T03:00:00+08:00", "20"),
        "P1,W-D,2026-10-16T11:00:00+08:00,2026-10-16T12:00:00+08:00,10,,"
            + signed(METER_D, "2026-10-16T11:00:00+08:00", "2026-10-16T12:00:00+08:00", "10"));
    sweep.runOnce(
        Clock.fixed(OffsetDateTime.parse("2026-10-17T00:00:00+08:00").toInstant(), ZoneOffset.UTC),
        true);
    SignedOffPacks.approve(approvals, Path.of("../rules/policies/beijing"));
    var initial = settle.settle(OCTOBER, false, "beijing", Path.of("../rules/policies"));
    publish.publishAll(initial.run(), initial.pack().pack().manifest());
  }

  @Test
  void aLowerValleyRateChangesOnlyTheValleyEnergyOfTheSessionsChargedInIt() throws Exception {
    var draft =
        new DraftPack(tempFolder("draft-"))
            .set("tariff.drl.xlsx", "Valley overnight", "Rate (CNY per kWh)", "0.3000");

    var outcome = whatIf.run(OCTOBER, draft.rules(), "beijing");

    // V1 5 x 0.30 = 1.50 (was 1.97), V2 20 x 0.30 = 6.00 (was 7.89): valley 9.86 -> 7.50
    assertThat(amounts(outcome.comparison().amounts()))
        .containsExactly(
            "OP-W ENERGY PEAK 10.04 10.04 0.00",
            "OP-W ENERGY VALLEY 9.86 7.50 -2.36",
            "OP-W SUBSIDY - 5.00 5.00 0.00");
    assertThat(outcome.latest().runId()).isEqualTo("2026-10-INITIAL");
    assertThat(outcome.comparison().recordsChanged()).isEqualTo(2);
    assertThat(outcome.comparison().eligibilityChanges()).isZero();
    // V2 changes by 1.89, V1 by 0.47; each with all its lines in the latest run and the draft
    assertThat(outcome.comparison().mostChanged())
        .extracting(r -> r.recordId() + " " + r.change().toPlainString())
        .containsExactly("V2 1.89", "V1 0.47");
    assertThat(lines(outcome.comparison().mostChanged().get(0)))
        .containsExactly(
            "LATEST ENERGY VALLEY 20 0.3946 7.89",
            "LATEST SUBSIDY - 20 0.2 4.00",
            "DRAFT ENERGY VALLEY 20 0.3 6.00",
            "DRAFT SUBSIDY - 20 0.2 4.00");
    assertThat(outcome.comparison().mostChanged().get(0).lines().get(2).explanation())
        .contains("20 kWh of session V2", "0.3000 CNY per kWh");

    Path folder = outcome.folder();
    assertThat(folder.getParent()).isEqualTo(HOME.resolve("whatif/2026-10").toAbsolutePath());
    assertThat(Files.readAllLines(folder.resolve("comparison.csv")))
        .containsExactly(
            "operator_id,component,window_class,currency,latest,draft,difference",
            "OP-W,ENERGY,PEAK,CNY,10.04,10.04,0.00",
            "OP-W,ENERGY,VALLEY,CNY,9.86,7.50,-2.36",
            "OP-W,SUBSIDY,,CNY,5.00,5.00,0.00");
    try (InputStream in = Files.newInputStream(folder.resolve("comparison.xlsx"));
        var wb = new XSSFWorkbook(in)) {
      assertThat(wb.getSheetName(0)).isEqualTo("Summary");
      var amounts = wb.getSheet("Amounts");
      var valley = amounts.getRow(2);
      assertThat(valley.getCell(2).getStringCellValue()).isEqualTo("VALLEY");
      assertThat(valley.getCell(6).getNumericCellValue()).isEqualTo(-2.36);
      assertThat(valley.getCell(6).getCellStyle().getDataFormatString())
          .isEqualTo("#,##0.00 \"CNY\"");
      assertThat(amounts.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
      assertThat(wb.getSheet("Records that change most").getRow(1).getCell(3).getStringCellValue())
          .isEqualTo("V2");
    }
  }

  @Test
  void subsidyRatesAndTheDeadlineChangeWhoIsSubsidisedAndWhy() throws Exception {
    var draft =
        new DraftPack(tempFolder("draft-"))
            .set("subsidy.drl.xlsx", "Rating A", "Subsidy (CNY per kWh)", "0.25")
            .set("subsidy.drl.xlsx", "Rating D", "Subsidy (CNY per kWh)", "0.05")
            .set("subsidy.drl.xlsx", "Reporting deadline", "Value", "24");

    var outcome = whatIf.run(OCTOBER, draft.rules(), null);

    // V1 is now reported late (24.5 h > 24 h): 1.00 -> nothing; V2 20 x 0.25 = 5.00 (was 4.00);
    // P1 at a D station gains 10 x 0.05 = 0.50. Subsidy 5.00 -> 5.50; energy is unchanged
    assertThat(amounts(outcome.comparison().amounts()))
        .containsExactly(
            "OP-W ENERGY PEAK 10.04 10.04 0.00",
            "OP-W ENERGY VALLEY 9.86 9.86 0.00",
            "OP-W SUBSIDY - 5.00 5.50 0.50");
    // V1 and V2 change by 1.00 each (in the order of their ids), P1 by 0.50
    assertThat(outcome.comparison().mostChanged())
        .extracting(r -> r.recordId() + " " + r.change().toPlainString())
        .containsExactly("V1 1.00", "V2 1.00", "P1 0.50");
    try (Stream<String> rows = Files.lines(outcome.folder().resolve("eligibility-changes.csv"))) {
      assertThat(rows.skip(1))
          .containsExactly(
              "OP-W,P1,0.00,0.50,CNY,gains,",
              "OP-W,V1,1.00,0.00,CNY,loses,first reported 24.5 h after it ended; the deadline is"
                  + " 24 h");
    }
    assertThat(outcome.comparison().eligibilityChanges()).isEqualTo(2);
  }

  @Test
  void aWhatIfLeavesTheLedgerTheOutboxAndTheRunsReportsAsTheyWere() throws Exception {
    var ledgerBefore = ledger();
    var filesBefore = files(HOME.resolve("outbox"), HOME.resolve("reports"));

    whatIf.run(
        OCTOBER,
        new DraftPack(tempFolder("draft-"))
            .set("tariff.drl.xlsx", "Valley overnight", "Rate (CNY per kWh)", "0.1000")
            .rules(),
        "beijing");

    assertThat(ledger()).isEqualTo(ledgerBefore);
    assertThat(files(HOME.resolve("outbox"), HOME.resolve("reports"))).isEqualTo(filesBefore);
    // the draft's own rows are gone too
    assertThat(jdbc.queryForObject("select count(*) from whatif_line", Long.class)).isZero();
    assertThat(jdbc.queryForObject("select count(*) from whatif_refusal", Long.class)).isZero();
    assertThat(jdbc.queryForObject("select count(*) from whatif", Long.class)).isZero();
  }

  @Test
  void aDraftThatDoesNotCompileIsRefusedWithItsFileAndLine() {
    var draft =
        new DraftPack(tempFolder("draft-"))
            .replace(
                "price-energy.drl", "kwh > 0, $session : session)", "kwh > 0, $session : session");

    assertThatThrownBy(() -> whatIf.run(OCTOBER, draft.rules(), "beijing"))
        .hasMessageContaining("price-energy.drl line ");
  }

  private static List<String> amounts(List<AmountDifference> rows) {
    return rows.stream()
        .map(
            a ->
                String.join(
                    " ",
                    a.operatorId(),
                    a.component(),
                    a.windowClass() == null ? "-" : a.windowClass(),
                    a.latest().toPlainString(),
                    a.draft().toPlainString(),
                    a.difference().toPlainString()))
        .toList();
  }

  private static List<String> lines(RecordChange change) {
    return change.lines().stream()
        .map(
            l ->
                String.join(
                    " ",
                    l.side().name(),
                    l.component(),
                    l.windowClass() == null ? "-" : l.windowClass(),
                    l.quantity().toPlainString(),
                    l.rate().toPlainString(),
                    l.amount().toPlainString()))
        .toList();
  }

  /** Every row of every ledger table, in a stable order. */
  private List<String> ledger() {
    List<String> rows = new ArrayList<>();
    for (String table :
        List.of(
            "settlement_run",
            "settlement_line",
            "run_rule",
            "run_statement",
            "run_violation",
            "run_operator_summary",
            "run_meter_verdict",
            "run_component")) {
      jdbc.query(
          "select * from " + table,
          rs -> {
            StringBuilder row = new StringBuilder(table);
            for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
              row.append('|').append(rs.getString(c));
            }
            rows.add(row.toString());
          });
    }
    rows.sort(null);
    return rows;
  }

  /** Each file under the folders with the SHA-256 of its bytes. */
  private static TreeMap<String, String> files(Path... folders) throws Exception {
    TreeMap<String, String> files = new TreeMap<>();
    for (Path folder : folders) {
      try (Stream<Path> all = Files.walk(folder)) {
        for (Path f : all.filter(Files::isRegularFile).toList()) {
          files.put(
              f.toString(),
              HexFormat.of()
                  .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
        }
      }
    }
    assertThat(files).isNotEmpty();
    return files;
  }

  private static void drop(String file, String... lines) throws IOException {
    Path path = HOME.resolve("inbox").resolve(file);
    Files.createDirectories(path.getParent());
    Files.writeString(path, String.join("\n", lines) + "\n");
  }

  private static Path tempFolder(String prefix) {
    try {
      Path folder = Files.createTempDirectory(prefix);
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () ->
                      org.springframework.util.FileSystemUtils.deleteRecursively(folder.toFile())));
      return folder;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
