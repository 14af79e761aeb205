package org.evsettle.reports.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
import org.apache.poi.xssf.streaming.DeferredSXSSFWorkbook;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.StreamingSheetWriter;
import org.evsettle.reports.export.ExportWriter;
import org.evsettle.settlement.domain.Component;
import org.evsettle.settlement.domain.PolicyLine;
import org.evsettle.settlement.ledger.LedgerLine;
import org.evsettle.settlement.ledger.LineKind;
import org.evsettle.settlement.ledger.PeriodSource;
import org.evsettle.settlement.ledger.SettlementRun;

/**
 * The auditor's workbook: every line of the run with its trace (record id and version, rule, policy
 * file, rule-set hash, explanation), streamed (SXSSF, straight into the file) and split over sheets
 * "Lines", "Lines 2", ... before a sheet's row limit; the adjustments against the previous run; the
 * sessions each period-wide line (a card's, a site's, a dispatch event's) was computed from; totals
 * per component as live SUMIF formulas over all line sheets; the rule-set hash and the input files'
 * SHA-256.
 */
public final class AuditorWorkbook {

  /** Excel's last row is 1,048,576; one is the header. */
  public static final int EXCEL_ROWS_PER_SHEET = 1_048_575;

  private static final int COMPONENT_COLUMN = 4;
  private static final int AMOUNT_COLUMN = 16;
  // run, kind, component, window class, parties, record type, unit, currency, rule, policy file
  // and rule-set hash: the same few texts on every line
  private static final int[] SHARED_COLUMNS = {0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 14, 17, 18, 19, 20};

  private final int rowsPerSheet;

  public AuditorWorkbook() {
    this(EXCEL_ROWS_PER_SHEET);
  }

  AuditorWorkbook(int rowsPerSheet) {
    this.rowsPerSheet = rowsPerSheet;
  }

  /**
   * Writes the workbook of a run whose statements count {@code lineCount} lines (settlement and
   * adjustment lines together, as {@code lines} gives them). Sheets are generated as the file is
   * written, straight into its zip stream: a month of lines makes gigabytes of sheet XML, written
   * and read back once more through a temporary file otherwise. The line sheets are known before
   * the first line is read, so the count must be exact; it is checked.
   */
  public void write(
      Path file,
      SettlementRun run,
      long lineCount,
      Iterator<LedgerLine> allLines,
      Iterator<LedgerLine> adjustments,
      Iterator<PeriodSource> periodSources,
      List<Map<String, Object>> inputFiles) {
    Path partial = file.resolveSibling(file.getFileName() + ".partial");
    try (var wb = new StreamingWorkbook(200)) {
      SharedTexts shared = wb.shared;
      Iterator<LedgerLine> lines =
          SharedTexts.sampled(
              allLines,
              line -> {
                Object[] values = values(run, line);
                for (int c : SHARED_COLUMNS) {
                  shared.add(values[c]);
                }
              });
      CellStyle bold = wb.createCellStyle();
      Font font = wb.createFont();
      font.setBold(true);
      bold.setFont(font);
      var written = new LinesWritten(lineCount);
      long sheets = Math.max(1, (lineCount + rowsPerSheet - 1) / rowsPerSheet);
      List<String> lineSheets = new ArrayList<>();
      for (int s = 0; s < sheets; s++) {
        String name = s == 0 ? "Lines" : "Lines " + (s + 1);
        lineSheets.add(name);
        boolean last = s == sheets - 1;
        wb.createSheet(name)
            .setRowGenerator(
                sheet -> {
                  int row = header(sheet, bold);
                  while (row <= rowsPerSheet && lines.hasNext()) {
                    LedgerLine next = lines.next();
                    written.add(next);
                    wb.writer.writeValues(row++, values(run, next));
                  }
                  if (last) {
                    written.checkAllOf(lines);
                  }
                });
      }
      wb.createSheet("Adjustments")
          .setRowGenerator(
              sheet -> {
                int a = header(sheet, bold);
                while (adjustments.hasNext()) {
                  wb.writer.writeValues(a++, values(run, adjustments.next()));
                }
              });
      if (periodSources.hasNext()) {
        wb.createSheet("Period sources")
            .setRowGenerator(
                sheet ->
                    PeriodSourcesSheet.write(
                        sheet, bold, rowsPerSheet, periodSources, wb.writer::writeValues));
      }
      // sheets are generated in workbook order: the lines are summed when the totals are reached
      wb.createSheet("Totals")
          .setRowGenerator(sheet -> writeTotals(sheet, bold, lineSheets, written.sums()));
      wb.createSheet("Inputs").setRowGenerator(sheet -> writeInputs(sheet, bold, run, inputFiles));
      // the totals are formulas without cached values: spreadsheet programs compute them on open
      wb.setForceFormulaRecalculation(true);
      Files.createDirectories(file.getParent());
      try (OutputStream out = Files.newOutputStream(partial)) {
        wb.write(out);
      }
      Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      deleteQuietly(partial);
      // a failure of the lines (or of their count) is the news, not POI's wrapping of it
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw new UncheckedIOException("cannot write " + file, e);
    } catch (RuntimeException e) {
      deleteQuietly(partial);
      throw e;
    }
  }

  private static void deleteQuietly(Path partial) {
    try {
      Files.deleteIfExists(partial);
    } catch (IOException ignored) {
      // the failure being reported matters more than a leftover partial file
    }
  }

  /** The header row of a sheet of lines, written out before the lines are written after it. */
  private static int header(SXSSFSheet sheet, CellStyle bold) throws IOException {
    int next = Sheets.header(sheet, 0, bold, ExportWriter.LINE_HEADER);
    sheet.flushRows(0);
    return next;
  }

  /** A line's cells, in the columns of {@link ExportWriter#LINE_HEADER}. */
  private static Object[] values(SettlementRun run, LedgerLine ledgerLine) {
    PolicyLine l = ledgerLine.line();
    return new Object[] {
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
      l.recordType().label(),
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
  }

  /** One live formula per component: the sum of its amounts over every line sheet. */
  private static void writeTotals(
      Sheet sheet,
      CellStyle bold,
      List<String> lineSheets,
      java.util.Map<Component, java.math.BigDecimal> sums) {
    Sheets.header(sheet, 0, bold, List.of("component", "amount (all lines of the run)"));
    int r = 1;
    // the built-in components always, so a total of zero shows; a pack's own when it has lines
    java.util.SortedSet<Component> components = new java.util.TreeSet<>(Component.builtIn());
    components.addAll(sums.keySet());
    for (Component component : components) {
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
   * Deflates at the fastest level: a month's lines make gigabytes of sheet XML, and the default
   * level costs several times the time for a file only somewhat smaller. Writes that XML a cell at
   * a time.
   */
  private static final class StreamingWorkbook extends DeferredSXSSFWorkbook {
    final SharedTexts shared;
    // the writer of the sheet being generated: sheets are generated one at a time
    CellAtOnceSheetDataWriter writer;

    StreamingWorkbook(int rowWindow) {
      super(rowWindow);
      shared = new SharedTexts(getXSSFWorkbook().getSharedStringSource());
    }

    @Override
    protected StreamingSheetWriter createSheetDataWriter(OutputStream out) throws IOException {
      writer = new CellAtOnceSheetDataWriter(out, shared::numberOf);
      return writer;
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
