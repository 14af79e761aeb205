package org.evsettle.reports.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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

class AuditorWorkbookTest {

  @TempDir Path dir;

  private static final SettlementRun RUN =
      new SettlementRun(
          1,
          YearMonth.parse("2026-10"),
          "R1",
          1,
          "beijing",
          "2024.1",
          "cd".repeat(32),
          RunStatus.COMPLETED);

  private static LedgerLine line(LineKind kind, Component c, String record, String amount) {
    return new LedgerLine(
        kind,
        new PolicyLine(
            c,
            Component.ENERGY.equals(c) ? WindowClass.PEAK : null,
            "OP1",
            "UT1",
            "OP1",
            "C1",
            LineSubject.SESSIONS,
            record,
            3,
            BigDecimal.TEN,
            "kWh",
            new BigDecimal("0.2"),
            Money.of(amount, "CNY"),
            "a rule",
            "subsidy.drl",
            "cd".repeat(32),
            "why " + record));
  }

  @Test
  void linesAreSplitOverSheetsAndTotalledByLiveFormulasAcrossThem() throws Exception {
    var lines =
        List.of(
            line(LineKind.SETTLEMENT, Component.ENERGY, "S1", "10.04"),
            line(LineKind.SETTLEMENT, Component.ENERGY, "S2", "5.02"),
            line(LineKind.SETTLEMENT, Component.SUBSIDY, "=cmd|' /C calc'!A0", "2.00"),
            line(LineKind.ADJUSTMENT, Component.ENERGY, "S3", "-1.50"),
            line(LineKind.SETTLEMENT, Component.WITHHELD, "S2", "2.00"));
    Path file = dir.resolve("auditor.xlsx");
    new AuditorWorkbook(2)
        .write(
            file,
            RUN,
            CNY,
            List.of(),
            lines.size(),
            lines.iterator(),
            lines.stream().filter(AuditorWorkbook::isAdjustment).iterator(),
            List.of(
                    source("S1", 2, "2026-10-12T00:00:00Z", "12.5"),
                    source("S2", 1, "2026-10-13T00:00:00Z", "10"),
                    source("S3", 1, "2026-10-14T00:00:00Z", "10"))
                .iterator(),
            List.of(
                Map.of(
                    "party_role",
                    "OPERATORS",
                    "party_id",
                    "OP1",
                    "file_name",
                    "sessions.csv",
                    "sha256",
                    "ab".repeat(32))));

    try (InputStream in = Files.newInputStream(file);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      assertThat(wb.getSheet("Lines").getLastRowNum()).isEqualTo(2);
      assertThat(wb.getSheet("Lines 2").getLastRowNum()).isEqualTo(2);
      assertThat(wb.getSheet("Lines 3").getLastRowNum()).isEqualTo(1);
      assertThat(wb.getSheet("Adjustments").getRow(1).getCell(11).getStringCellValue())
          .isEqualTo("S3");
      // a card's line traced to the session behind its total
      var source = wb.getSheet("Period sources").getRow(1);
      assertThat(source.getCell(0).getStringCellValue()).isEqualTo("cards");
      assertThat(source.getCell(1).getStringCellValue()).isEqualTo("c0ffee");
      assertThat(source.getCell(3).getStringCellValue()).isEqualTo("sessions");
      assertThat(source.getCell(4).getStringCellValue()).isEqualTo("S1");
      assertThat(source.getCell(5).getNumericCellValue()).isEqualTo(2);
      assertThat(source.getCell(7).getStringCellValue()).isEqualTo("TAXI");
      assertThat(source.getCell(8).getStringCellValue()).isEqualTo("2026-10-12T00:00:00Z");
      assertThat(source.getCell(9).getNumericCellValue()).isEqualTo(12.5);
      // two rows a sheet here: the last row says that the rest did not fit
      assertThat(wb.getSheet("Period sources").getLastRowNum()).isEqualTo(2);
      assertThat(wb.getSheet("Period sources").getRow(2).getCell(0).getStringCellValue())
          .isEqualTo("more sources than a sheet holds; the rest are not listed");
      // the injected record id is text, neutralised, never a formula
      var injected = wb.getSheet("Lines 2").getRow(1).getCell(11);
      assertThat(injected.getCellType()).isEqualTo(CellType.STRING);
      assertThat(injected.getStringCellValue()).isEqualTo("'=cmd|' /C calc'!A0");

      // texts repeated on every line are shared strings, read back as the same text
      var first = wb.getSheet("Lines").getRow(1);
      assertThat(first.getCell(18).getStringCellValue()).isEqualTo("a rule");
      assertThat(first.getCell(20).getStringCellValue()).isEqualTo("cd".repeat(32));
      assertThat(first.getCell(0).getStringCellValue()).isEqualTo("2026-10-R1");
      assertThat(wb.getSharedStringSource().getUniqueCount()).isBetween(10, 20);
      var totals = wb.getSheet("Totals");
      assertThat(totals.getRow(1).getCell(0).getStringCellValue()).isEqualTo("ENERGY");
      assertThat(totals.getRow(1).getCell(1).getCellFormula())
          .isEqualTo(
              "SUMIF('Lines'!E:E,\"ENERGY\",'Lines'!Q:Q)+SUMIF('Lines 2'!E:E,\"ENERGY\","
                  + "'Lines 2'!Q:Q)+SUMIF('Lines 3'!E:E,\"ENERGY\",'Lines 3'!Q:Q)");
      // the value computed while writing is cached for programs that do not recalculate
      assertThat(totals.getRow(1).getCell(1).getNumericCellValue())
          .isEqualTo(13.56, org.assertj.core.data.Offset.offset(1e-9));
      assertThat(wb.getForceFormulaRecalculation()).isTrue();
      var evaluator = wb.getCreationHelper().createFormulaEvaluator();
      // energy 10.04 + 5.02 - 1.50; subsidy 2.00; withheld 2.00
      assertThat(evaluator.evaluate(totals.getRow(1).getCell(1)).getNumberValue())
          .isEqualTo(13.56, org.assertj.core.data.Offset.offset(1e-9));
      assertThat(evaluator.evaluate(totals.getRow(3).getCell(1)).getNumberValue()).isEqualTo(2.0);
      assertThat(evaluator.evaluate(totals.getRow(4).getCell(1)).getNumberValue()).isEqualTo(2.0);
      var inputs = wb.getSheet("Inputs");
      assertThat(inputs.getRow(0).getCell(1).getStringCellValue()).isEqualTo("cd".repeat(32));
      assertThat(inputs.getRow(4).getCell(9).getStringCellValue()).isEqualTo("ab".repeat(32));
    }
  }

  @Test
  void opensOnTheKeyFiguresAndShowsLinesAsFilterableTablesInTheirCurrency() throws Exception {
    var lines =
        List.of(
            line(LineKind.SETTLEMENT, Component.ENERGY, "S1", "1234.56"),
            line(LineKind.SETTLEMENT, Component.ENERGY, "S2", "5.02"),
            line(LineKind.SETTLEMENT, Component.SUBSIDY, "S3", "2.00"));
    Path file = dir.resolve("auditor.xlsx");
    new AuditorWorkbook(2)
        .write(
            file,
            RUN,
            CNY,
            List.of(
                KeyFigure.text("run", RUN.runId()),
                KeyFigure.amount("ENERGY, settlement lines", new BigDecimal("1239.58"), CNY),
                KeyFigure.count("lines", 3)),
            lines.size(),
            lines.iterator(),
            List.<LedgerLine>of().iterator(),
            java.util.Collections.emptyIterator(),
            List.of());
    try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
      assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("Summary");
      assertThat(wb.getActiveSheetIndex()).isZero();
      var figure = wb.getSheet("Summary").getRow(1).getCell(1);
      assertThat(figure.getNumericCellValue()).isEqualTo(1239.58);
      assertThat(figure.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00 \"CNY\"");
      var shown = new org.apache.poi.ss.usermodel.DataFormatter(java.util.Locale.ROOT);
      var first = wb.getSheet("Lines").getRow(1);
      assertThat(shown.formatCellValue(first.getCell(16))).isEqualTo("1,234.56 CNY");
      assertThat(first.getCell(16).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(shown.formatCellValue(first.getCell(13))).isEqualTo("10.000");
      assertThat(shown.formatCellValue(first.getCell(15))).isEqualTo("0.2000");
      // two lines a sheet here: Lines holds two, Lines 2 one
      assertThat(wb.getSheet("Lines").getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:V3");
      assertThat(wb.getSheet("Lines 2").getCTWorksheet().getAutoFilter().getRef())
          .isEqualTo("A1:V2");
      // widths from the header and the first lines: "record_id" (9) beats "S1"; the rule-set
      // hash (64) is capped at 66; 3 characters of margin
      var lineSheet = wb.getSheet("Lines");
      assertThat(lineSheet.getColumnWidth(11)).isEqualTo(12 * 256);
      assertThat(lineSheet.getColumnWidth(20)).isEqualTo(66 * 256);
      assertThat(lineSheet.getColumnWidth(16)).isEqualTo(15 * 256); // "1,234.56 CNY"
      for (var sheet : wb) {
        var print = sheet.getPrintSetup();
        assertThat(print.getPaperSize())
            .as(sheet.getSheetName())
            .isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        assertThat(print.getLandscape()).as(sheet.getSheetName()).isTrue();
        if (!sheet.getSheetName().equals("Summary")) {
          assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
          assertThat(sheet.getRepeatingRows()).as(sheet.getSheetName()).isNotNull();
        }
      }
      assertThat(wb.getSheet("Lines").getRepeatingRows().formatAsString()).isEqualTo("1:1");
      assertThat(wb.getSheet("Inputs").getRepeatingRows().formatAsString()).isEqualTo("4:4");
      assertThat(wb.getSheet("Totals").getRow(1).getCell(1).getCellStyle().getDataFormatString())
          .isEqualTo("#,##0.00 \"CNY\"");
    }
  }

  private static final java.util.Currency CNY = java.util.Currency.getInstance("CNY");

  private void write(Path file, long count, List<LedgerLine> lines) {
    new AuditorWorkbook(2)
        .write(
            file,
            RUN,
            CNY,
            List.of(),
            count,
            lines.iterator(),
            List.<LedgerLine>of().iterator(),
            java.util.Collections.emptyIterator(),
            List.of());
  }

  @Test
  void linesFillingTheLastSheetExactlyMakeNoEmptySheetAndNoLinesMakeOneHeaderOnlySheet()
      throws Exception {
    var four =
        List.of(
            line(LineKind.SETTLEMENT, Component.ENERGY, "S1", "1.00"),
            line(LineKind.SETTLEMENT, Component.ENERGY, "S2", "1.00"),
            line(LineKind.SETTLEMENT, Component.ENERGY, "S3", "1.00"),
            line(LineKind.SETTLEMENT, Component.ENERGY, "S4", "1.00"));
    Path full = dir.resolve("four.xlsx");
    write(full, 4, four);
    Path none = dir.resolve("none.xlsx");
    write(none, 0, List.of());
    try (XSSFWorkbook wb = new XSSFWorkbook(full.toFile());
        XSSFWorkbook empty = new XSSFWorkbook(none.toFile())) {
      assertThat(wb.getSheet("Lines 2").getRow(2).getCell(11).getStringCellValue()).isEqualTo("S4");
      assertThat(wb.getSheet("Lines 3")).isNull();
      assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("Summary");
      assertThat(wb.getSheetAt(3).getSheetName()).isEqualTo("Adjustments");
      assertThat(empty.getSheet("Lines").getLastRowNum()).isZero();
      assertThat(empty.getSheet("Lines 2")).isNull();
    }
  }

  @Test
  void linesNotMatchingTheRunsCountFailTheWorkbookAndLeaveNoFile() {
    var three =
        List.of(
            line(LineKind.SETTLEMENT, Component.ENERGY, "S1", "1.00"),
            line(LineKind.SETTLEMENT, Component.ENERGY, "S2", "1.00"),
            line(LineKind.SETTLEMENT, Component.ENERGY, "S3", "1.00"));
    Path file = dir.resolve("auditor.xlsx");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> write(file, 4, three))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("count 4 lines but 3 were read");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> write(file, 2, three))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("count 2 lines but more than 2 were read");
    assertThat(file).doesNotExist();
    assertThat(dir.resolve("auditor.xlsx.partial")).doesNotExist();
  }

  @Test
  void aFailureReadingTheLinesIsReportedAsItselfAndLeavesNoFile() {
    Path file = dir.resolve("auditor.xlsx");
    var failing =
        new java.util.Iterator<LedgerLine>() {
          int given;

          @Override
          public boolean hasNext() {
            return true;
          }

          @Override
          public LedgerLine next() {
            if (given++ == 3) {
              throw new IllegalStateException("the exports stopped");
            }
            return line(LineKind.SETTLEMENT, Component.ENERGY, "S" + given, "1.00");
          }
        };
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                new AuditorWorkbook(2)
                    .write(
                        file,
                        RUN,
                        CNY,
                        List.of(),
                        10,
                        failing,
                        List.<LedgerLine>of().iterator(),
                        java.util.Collections.emptyIterator(),
                        List.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the exports stopped");
    assertThat(file).doesNotExist();
    assertThat(dir.resolve("auditor.xlsx.partial")).doesNotExist();
  }

  /** A session of card c0ffee at OP1's taxi charger C1. */
  private static org.evsettle.settlement.ledger.PeriodSource source(
      String session, int version, String start, String kwh) {
    return new org.evsettle.settlement.ledger.PeriodSource(
        org.evsettle.settlement.domain.LineSubject.CARDS,
        "c0ffee",
        "OP1",
        "sessions",
        session,
        version,
        "C1",
        org.evsettle.settlement.domain.AccessType.TAXI,
        java.time.Instant.parse(start),
        new BigDecimal(kwh));
  }
}
