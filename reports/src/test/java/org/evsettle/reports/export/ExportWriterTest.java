package org.evsettle.reports.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.List;
import org.evsettle.settlement.domain.Component;
import org.evsettle.settlement.domain.LineSubject;
import org.evsettle.settlement.domain.Money;
import org.evsettle.settlement.domain.PolicyLine;
import org.evsettle.settlement.domain.WindowClass;
import org.evsettle.settlement.ledger.LedgerLine;
import org.evsettle.settlement.ledger.LineKind;
import org.evsettle.settlement.ledger.RunStatus;
import org.evsettle.settlement.ledger.SettlementRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportWriterTest {

  @TempDir Path dir;

  private static final SettlementRun R1 =
      new SettlementRun(
          7,
          YearMonth.parse("2026-10"),
          "R1",
          1,
          "beijing",
          "2024.1",
          "ab".repeat(32),
          RunStatus.COMPLETED);

  private static LedgerLine line(
      LineKind kind,
      Component c,
      WindowClass w,
      String record,
      String qty,
      String rate,
      String amount,
      String explanation) {
    return new LedgerLine(
        kind,
        new PolicyLine(
            c,
            w,
            "OP1",
            "UT1",
            "OP1",
            "C1",
            LineSubject.SESSIONS,
            record,
            2,
            new BigDecimal(qty),
            "kWh",
            rate == null ? null : new BigDecimal(rate),
            Money.of(amount, "CNY"),
            "rule",
            "price.drl",
            "ab".repeat(32),
            explanation));
  }

  @Test
  void writesTheExactHeadersTheStatementAndAManifestWithFileHashes() throws Exception {
    var export =
        ExportWriter.write(
            dir,
            R1,
            List.of(
                    line(
                        LineKind.SETTLEMENT,
                        Component.ENERGY,
                        WindowClass.FLAT,
                        "S1",
                        "5",
                        "0.6950",
                        "3.48",
                        "a"),
                    line(
                        LineKind.SETTLEMENT,
                        Component.ENERGY,
                        WindowClass.FLAT,
                        "S2",
                        "6.000000",
                        "0.6950",
                        "4.17",
                        "b"),
                    line(
                        LineKind.ADJUSTMENT,
                        Component.ENERGY,
                        WindowClass.PEAK,
                        "S3",
                        "-10",
                        null,
                        "-10.04",
                        "c"))
                .iterator());

    List<String> lines = Files.readAllLines(dir.resolve("lines.csv"));
    assertThat(lines.get(0))
        .isEqualTo(
            "run_id,run_type,period,kind,component,window_class,payer,"
                + "payee,operator_id,charger_id,record_type,record_id,record_version,quantity,unit,rate,"
                + "amount,currency,rule,policy_file,ruleset_sha256,explanation");
    assertThat(lines.get(3))
        .isEqualTo(
            "2026-10-R1,R1,2026-10,ADJUSTMENT,ENERGY,PEAK,OP1,UT1,OP1,"
                + "C1,sessions,S3,2,-10,kWh,,-10.04,CNY,rule,price.drl,"
                + "ab".repeat(32)
                + ",c");
    // 5 + 6 kWh and 3.48 + 4.17 CNY of flat energy; the adjustment on a row of its own
    assertThat(Files.readAllLines(dir.resolve("statement.csv")))
        .containsExactly(
            "run_id,run_type,period,payer,payee,operator_id,component,kind,window_class,quantity,unit,"
                + "amount,currency",
            "2026-10-R1,R1,2026-10,OP1,UT1,OP1,ENERGY,ADJUSTMENT,PEAK,-10,kWh,-10.04,CNY",
            "2026-10-R1,R1,2026-10,OP1,UT1,OP1,ENERGY,SETTLEMENT,FLAT,11,kWh,7.65,CNY");
    assertThat(export.totals().get("ENERGY")).isEqualByComparingTo("-2.39");
    String manifest = Files.readString(dir.resolve("manifest.json"));
    var sha =
        java.security.MessageDigest.getInstance("SHA-256")
            .digest(Files.readAllBytes(dir.resolve("lines.csv")));
    assertThat(manifest)
        .contains("\"lines.csv\" : \"" + HexFormat.of().formatHex(sha) + "\"")
        .contains("\"ENERGY\" : \"-2.39\"")
        .contains("\"run_id\" : \"2026-10-R1\"");
  }

  @Test
  void textFromInputsIsNeverAFormulaButNumbersKeepTheirSign() throws Exception {
    ExportWriter.write(
        dir,
        R1,
        List.of(
                line(
                    LineKind.ADJUSTMENT,
                    Component.ENERGY,
                    WindowClass.FLAT,
                    "=HYPERLINK(\"x\")",
                    "-1",
                    null,
                    "-0.70",
                    "+1 more"),
                line(
                    LineKind.SETTLEMENT,
                    Component.ENERGY,
                    WindowClass.FLAT,
                    "@SUM(A1)",
                    "1",
                    "0.695",
                    "0.70",
                    "-minus"))
            .iterator());
    String text = Files.readString(dir.resolve("lines.csv"));
    assertThat(text)
        .contains(",\"'=HYPERLINK(\"\"x\"\")\",")
        .contains(",'+1 more")
        .contains(",'@SUM(A1),")
        .contains(",'-minus")
        .contains(",-1,kWh,,-0.70,CNY,");
    assertThat(SpreadsheetSafeText.of("\tx")).isEqualTo("'\tx");
    assertThat(SpreadsheetSafeText.of("OP1")).isEqualTo("OP1");
  }

  @Test
  void theSameLinesGiveTheSameBytes() throws Exception {
    List<LedgerLine> input =
        List.of(
            line(
                LineKind.SETTLEMENT,
                Component.ENERGY,
                WindowClass.FLAT,
                "S1",
                "5",
                "0.6950",
                "3.48",
                "a"));
    ExportWriter.write(dir.resolve("a"), R1, input.iterator());
    ExportWriter.write(dir.resolve("b"), R1, input.iterator());
    for (String f : List.of("lines.csv", "statement.csv", "manifest.json")) {
      assertThat(Files.readAllBytes(dir.resolve("a").resolve(f)))
          .isEqualTo(Files.readAllBytes(dir.resolve("b").resolve(f)));
    }
  }
}
