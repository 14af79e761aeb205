package org.evsettle.reports.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.evsettle.reports.export.ExportWriter;
import org.evsettle.settlement.domain.Component;
import org.evsettle.settlement.domain.PolicyLine;
import org.evsettle.settlement.ledger.LedgerLine;
import org.evsettle.settlement.ledger.LineKind;
import org.evsettle.settlement.ledger.SettlementRun;

/**
 * The auditor's workbook: every line of the run with its trace (record id and version, rule, policy
 * file, rule-set hash, explanation), streamed (SXSSF) and split over sheets "Lines", "Lines 2", ...
 * before a sheet's row limit; the adjustments against the previous run; totals per component as
 * live SUMIF formulas over all line sheets; the rule-set hash and the input files' SHA-256.
 */
public final class AuditorWorkbook {

  /** Excel's last row is 1,048,576; one is the header. */
  public static final int EXCEL_ROWS_PER_SHEET = 1_048_575;

  private static final int COMPONENT_COLUMN = 4;
  private static final int AMOUNT_COLUMN = 16;

  private final int rowsPerSheet;

  public AuditorWorkbook() {
    this(EXCEL_ROWS_PER_SHEET);
  }

  AuditorWorkbook(int rowsPerSheet) {
    this.rowsPerSheet = rowsPerSheet;
  }

  public void write(
      Path file,
      SettlementRun run,
      Iterator<LedgerLine> lines,
      Iterator<LedgerLine> adjustments,
      List<Map<String, Object>> inputFiles) {
    try (SXSSFWorkbook wb = new FastDeflateWorkbook(200)) {
      CellStyle bold = wb.createCellStyle();
      Font font = wb.createFont();
      font.setBold(true);
      bold.setFont(font);
      // the default style set on each cell: without one, POI looks up the column's style per cell
      CellStyle plain = wb.getCellStyleAt(0);
      List<String> lineSheets = new ArrayList<>();
      java.util.Map<Component, java.math.BigDecimal> sums =
          new java.util.EnumMap<>(Component.class);
      Sheet sheet = null;
      int row = 0;
      while (lines.hasNext()) {
        if (sheet == null || row > rowsPerSheet) {
          String name = lineSheets.isEmpty() ? "Lines" : "Lines " + (lineSheets.size() + 1);
          sheet = wb.createSheet(name);
          lineSheets.add(name);
          row = Sheets.header(sheet, 0, bold, ExportWriter.LINE_HEADER);
        }
        LedgerLine next = lines.next();
        sums.merge(
            next.line().component(), next.line().amount().amount(), java.math.BigDecimal::add);
        writeLine(sheet.createRow(row++), plain, run, next);
      }
      if (lineSheets.isEmpty()) {
        Sheets.header(wb.createSheet("Lines"), 0, bold, ExportWriter.LINE_HEADER);
        lineSheets.add("Lines");
      }
      Sheet adjusted = wb.createSheet("Adjustments");
      int a = Sheets.header(adjusted, 0, bold, ExportWriter.LINE_HEADER);
      while (adjustments.hasNext()) {
        writeLine(adjusted.createRow(a++), plain, run, adjustments.next());
      }
      writeTotals(wb.createSheet("Totals"), bold, lineSheets, sums);
      writeInputs(wb.createSheet("Inputs"), bold, run, inputFiles);
      // the totals are formulas without cached values: spreadsheet programs compute them on open
      wb.setForceFormulaRecalculation(true);
      Files.createDirectories(file.getParent());
      try (OutputStream out = Files.newOutputStream(file)) {
        wb.write(out);
      }
      wb.dispose();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private static void writeLine(
      Row row, CellStyle plain, SettlementRun run, LedgerLine ledgerLine) {
    PolicyLine l = ledgerLine.line();
    Object[] values = {
      run.runId(),
      run.type(),
      run.period().toString(),
      ledgerLine.kind().name(),
      l.component().name(),
      l.windowClass() == null ? null : l.windowClass().name(),
      l.payer(),
      l.payee(),
      l.operatorId(),
      l.chargerId(),
      l.recordType().filePrefix(),
      l.recordId(),
      l.recordVersion(),
      l.quantity(),
      l.unit(),
      l.rate(),
      l.amount().amount(),
      l.amount().currency().getCurrencyCode(),
      l.rule(),
      l.policyFile(),
      l.rulesetSha256(),
      l.explanation()
    };
    for (int c = 0; c < values.length; c++) {
      Sheets.value(row, c, values[c]).setCellStyle(plain);
    }
  }

  /** One live formula per component: the sum of its amounts over every line sheet. */
  private static void writeTotals(
      Sheet sheet,
      CellStyle bold,
      List<String> lineSheets,
      java.util.Map<Component, java.math.BigDecimal> sums) {
    Sheets.header(sheet, 0, bold, List.of("component", "amount (all lines of the run)"));
    int r = 1;
    for (Component component : Component.values()) {
      Row row = sheet.createRow(r++);
      row.createCell(0).setCellValue(component.name());
      List<String> parts = new ArrayList<>();
      for (String name : lineSheets) {
        parts.add(
            "SUMIF('"
                + name
                + "'!"
                + column(COMPONENT_COLUMN)
                + ":"
                + column(COMPONENT_COLUMN)
                + ",\""
                + component.name()
                + "\",'"
                + name
                + "'!"
                + column(AMOUNT_COLUMN)
                + ":"
                + column(AMOUNT_COLUMN)
                + ")");
      }
      var cell = row.createCell(1);
      cell.setCellFormula(String.join("+", parts));
      // the value as computed here, for programs that show formulas without recalculating
      cell.setCellValue(sums.getOrDefault(component, java.math.BigDecimal.ZERO).doubleValue());
    }
  }

  private static void writeInputs(
      Sheet sheet, CellStyle bold, SettlementRun run, List<Map<String, Object>> inputFiles) {
    Row r0 = sheet.createRow(0);
    r0.createCell(0).setCellValue("rule set SHA-256");
    r0.createCell(1).setCellValue(run.rulesetSha256());
    Row r1 = sheet.createRow(1);
    r1.createCell(0).setCellValue("pack");
    r1.createCell(1).setCellValue(run.packName() + " " + run.packVersion());
    Sheets.table(sheet, 3, bold, Sheets.INPUT_FILE_COLUMNS, Sheets.INPUT_FILE_LABELS, inputFiles);
  }

  private static String column(int index) {
    return org.apache.poi.ss.util.CellReference.convertNumToColString(index);
  }

  /**
   * Deflates at the fastest level: a month's lines make hundreds of megabytes of sheet XML, and the
   * default level costs several times the time for a file only somewhat smaller. Writes that XML a
   * cell at a time.
   */
  private static final class FastDeflateWorkbook extends SXSSFWorkbook {
    FastDeflateWorkbook(int rowWindow) {
      super(rowWindow);
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
      return new CellAtOnceSheetDataWriter();
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
      ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
      zip.setLevel(Deflater.BEST_SPEED);
      return zip;
    }
  }

  static boolean isAdjustment(LedgerLine line) {
    return line.kind() == LineKind.ADJUSTMENT;
  }
}
