package org.evsettle.reports.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Currency;
import java.util.Iterator;
import java.util.List;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.evsettle.settlement.domain.Component;
import org.evsettle.settlement.domain.LineSubject;
import org.evsettle.settlement.domain.MeterVerdict;
import org.evsettle.settlement.domain.Money;
import org.evsettle.settlement.domain.PolicyLine;
import org.evsettle.settlement.ledger.LedgerLine;
import org.evsettle.settlement.ledger.LineKind;
import org.evsettle.settlement.ledger.RunStatus;
import org.evsettle.settlement.ledger.SettlementRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The auditor's "Meter values" sheet: every verdict the run recorded, in the order given, beside
 * the withheld line of the same session; text from the data stays text; the same run gives the same
 * sheet.
 */
class MeterValuesSheetTest {

  @TempDir Path dir;

  private static final SettlementRun RUN =
      new SettlementRun(
          1,
          YearMonth.parse("2026-10"),
          "INITIAL",
          0,
          "beijing",
          "2024.1",
          "cd".repeat(32),
          RunStatus.COMPLETED);

  private static final List<MeterVerdict> VERDICTS =
      List.of(
          new MeterVerdict(
              "OP1",
              "C120",
              "S1",
              1,
              "VERIFIED",
              "signature, meter and readings verify: 1.101 kWh by the meter",
              new BigDecimal("1.101"),
              new BigDecimal("1.101")),
          new MeterVerdict(
              "OP1",
              "C120",
              "S2",
              2,
              "FAILED",
              "=HYPERLINK(\"x\") meter serial is not the registered one",
              new BigDecimal("9.5"),
              new BigDecimal("10")),
          new MeterVerdict(
              "OP1",
              "C120",
              "S3",
              1,
              "UNVERIFIABLE",
              "no signed data",
              null,
              new BigDecimal("30")));

  private static LedgerLine line(Component c, String record, String amount) {
    return new LedgerLine(
        LineKind.SETTLEMENT,
        new PolicyLine(
            c,
            null,
            c == Component.SUBSIDY ? "FUND" : "OP1",
            c == Component.SUBSIDY ? "OP1" : "FUND",
            "OP1",
            "C120",
            LineSubject.SESSIONS,
            record,
            2,
            BigDecimal.TEN,
            "kWh",
            new BigDecimal("0.2"),
            Money.of(amount, "CNY"),
            "a rule",
            "withhold-subsidy.drl",
            "cd".repeat(32),
            "why " + record));
  }

  private Path write(String name, Iterator<MeterVerdict> verdicts) throws Exception {
    var lines =
        List.of(line(Component.SUBSIDY, "S2", "2.00"), line(Component.WITHHELD, "S2", "2.00"));
    Path file = dir.resolve(name);
    new AuditorWorkbook()
        .write(
            file,
            RUN,
            Currency.getInstance("CNY"),
            List.of(),
            lines.size(),
            lines.iterator(),
            java.util.Collections.emptyIterator(),
            java.util.Collections.emptyIterator(),
            verdicts,
            List.of());
    return file;
  }

  @Test
  void everyRecordedVerdictIsListedWithItsReasonAndBothEnergies() throws Exception {
    Path file = write("auditor.xlsx", VERDICTS.iterator());

    try (InputStream in = Files.newInputStream(file);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      XSSFSheet sheet = wb.getSheet("Meter values");
      assertThat(sheet.getLastRowNum()).isEqualTo(3);
      assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("verdict");
      var failed = sheet.getRow(2);
      assertThat(failed.getCell(1).getStringCellValue()).isEqualTo("S2");
      assertThat(failed.getCell(2).getNumericCellValue()).isEqualTo(2);
      assertThat(failed.getCell(4).getStringCellValue()).isEqualTo("FAILED");
      // text from a sender's data is text, never a formula
      assertThat(failed.getCell(5).getCellType()).isEqualTo(CellType.STRING);
      assertThat(failed.getCell(5).getStringCellValue()).startsWith("'=HYPERLINK");
      assertThat(failed.getCell(6).getNumericCellValue()).isEqualTo(9.5);
      assertThat(failed.getCell(7).getNumericCellValue()).isEqualTo(10);
      var missing = sheet.getRow(3);
      assertThat(missing.getCell(5).getStringCellValue()).isEqualTo("no signed data");
      assertThat(missing.getCell(6).getCellType()).isEqualTo(CellType.BLANK);
      // the withheld line of S2 names the same session as its record
      var withheld = wb.getSheet("Lines").getRow(2);
      assertThat(withheld.getCell(4).getStringCellValue()).isEqualTo("WITHHELD");
      assertThat(withheld.getCell(11).getStringCellValue()).isEqualTo("S2");
    }
  }

  @Test
  void theSameVerdictsGiveTheSameSheet() throws Exception {
    Path once = write("once.xlsx", VERDICTS.iterator());
    Path again = write("again.xlsx", VERDICTS.iterator());

    assertThat(sheetXml(again)).isEqualTo(sheetXml(once));
  }

  @Test
  void aRunWithoutVerdictsHasNoMeterValuesSheet() throws Exception {
    Path file = write("none.xlsx", java.util.Collections.emptyIterator());

    try (InputStream in = Files.newInputStream(file);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      assertThat(wb.getSheet("Meter values")).isNull();
    }
  }

  private static byte[] sheetXml(Path file) throws Exception {
    try (ZipFile zip = new ZipFile(file.toFile());
        XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
      int index = wb.getSheetIndex("Meter values") + 1;
      return zip.getInputStream(zip.getEntry("xl/worksheets/sheet" + index + ".xml"))
          .readAllBytes();
    }
  }
}
