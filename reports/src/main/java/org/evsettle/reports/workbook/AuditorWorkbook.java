package org.evsettle.reports.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Currency;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.DeferredSXSSFWorkbook;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.StreamingSheetWriter;
import org.evsettle.reports.export.ExportWriter;
import org.evsettle.settlement.domain.Component;
import org.evsettle.settlement.domain.MeterVerdict;
import org.evsettle.settlement.domain.PolicyLine;
import org.evsettle.settlement.ledger.LedgerLine;
import org.evsettle.settlement.ledger.LineKind;
import org.evsettle.settlement.ledger.PeriodSource;
import org.evsettle.settlement.ledger.SettlementRun;

/**
 * The auditor's workbook: the run's key figures first, then every line of the run with its trace
 * (record id and version, rule, policy file, rule-set hash, explanation), streamed (SXSSF, straight
 * into the file) and split over sheets "Lines", "Lines 2", ... before a sheet's row limit; the
 * adjustments against the previous run; the sessions each period-wide line (a card's, a site's, a
 * dispatch event's) was computed from; totals per component as live SUMIF formulas over all line
 * sheets; the rule-set hash and the input files' SHA-256.
 */
public final class AuditorWorkbook {

  /** Excel's last row is 1,048,576; one is the header. */
  public static final int EXCEL_ROWS_PER_SHEET = 1_048_575;

  private static final List<String> TOTALS_HEADER =
      List.of("component", "amount (all lines of the run)");

  private static final int COMPONENT_COLUMN = 4;
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
   * adjustment lines together, as {@code lines} gives them), opening on the run's key figures.
   * Sheets are generated as the file is written, straight into its zip stream: a month of lines
   * makes gigabytes of sheet XML, written and read back once more through a temporary file
   * otherwise. The line sheets are known before the first line is read, so the count must be exact;
   * it is checked. Amounts are shown in their currency, {@code currency} on the totals.
   */
  public void write(
      Path file,
      SettlementRun run,
      Currency currency,
      List<KeyFigure> keyFigures,
      long lineCount,
      Iterator<LedgerLine> allLines,
      Iterator<LedgerLine> adjustments,
      Iterator<PeriodSource> periodSources,
      List<Map<String, Object>> inputFiles) {
    write(
        file,
        run,
        currency,
        keyFigures,
        lineCount,
        allLines,
        adjustments,
        periodSources,
        java.util.Collections.emptyIterator(),
        inputFiles);
  }

  /**
   * Like {@link #write(Path, SettlementRun, Currency, List, long, Iterator, Iterator, Iterator,
   * List)}, with a "Meter values" sheet of the verdicts on sessions' signed meter values when there
   * are any, streamed in the order given.
   */
  public void write(
      Path file,
      SettlementRun run,
      Currency currency,
      List<KeyFigure> keyFigures,
      long lineCount,
      Iterator<LedgerLine> allLines,
      Iterator<LedgerLine> adjustments,
      Iterator<PeriodSource> periodSources,
      Iterator<MeterVerdict> meterVerdicts,
      List<Map<String, Object>> inputFiles) {
    Path partial = file.resolveSibling(file.getFileName() + ".partial");
    try (var wb = new StreamingWorkbook(200)) {
      SharedTexts shared = wb.shared;
      // styles and sheet settings are written before the sheets' rows: all are made up front,
      // column widths from the first lines, the ones held for their shared texts anyway
      var styles = new WorkbookStyles(wb);
      var lineStyles = new LineStyles(styles, currency);
      var lineWidths = new ColumnWidths();
      lineWidths.seeAll(ExportWriter.LINE_HEADER);
      Iterator<LedgerLine> lines =
          SharedTexts.sampled(
              allLines,
              line -> {
                Object[] values = values(run, line);
                for (int c : SHARED_COLUMNS) {
                  shared.add(values[c]);
                }
                lineStyles.see(line, values, lineWidths);
              });
      CellStyle bold = styles.header();
      var summary = wb.createSheet(SummarySheet.NAME);
      SummarySheet.layOut(summary, styles, keyFigures);
      summary.setRowGenerator(sheet -> SummarySheet.write(sheet, styles, keyFigures));
      var written = new LinesWritten(lineCount);
      long sheets = Math.max(1, (lineCount + rowsPerSheet - 1) / rowsPerSheet);
      List<String> lineSheets = new ArrayList<>();
      for (int s = 0; s < sheets; s++) {
        String name = s == 0 ? "Lines" : "Lines " + (s + 1);
        lineSheets.add(name);
        boolean last = s == sheets - 1;
        var lineSheet = wb.createSheet(name);
        long rows = Math.min(rowsPerSheet, lineCount - (long) s * rowsPerSheet);
        lineWidths.applyTo(lineSheet);
        SheetLayout.lines(lineSheet, (int) Math.max(0, rows), ExportWriter.LINE_HEADER.size());
        lineSheet.setRowGenerator(
            sheet -> {
              int row = header(sheet, styles, lineStyles);
              while (row <= rowsPerSheet && lines.hasNext()) {
                LedgerLine next = lines.next();
                written.add(next);
                Object[] values = values(run, next);
                wb.writer.writeValues(row++, values, lineStyles.of(values));
              }
              if (last) {
                written.checkAllOf(lines);
              }
            });
      }
      var adjustmentSheet = wb.createSheet("Adjustments");
      // how many there are is not known before they are written: the filter takes the sheet
      lineWidths.applyTo(adjustmentSheet);
      SheetLayout.lines(adjustmentSheet, rowsPerSheet, ExportWriter.LINE_HEADER.size());
      adjustmentSheet.setRowGenerator(
          sheet -> {
            int a = header(sheet, styles, lineStyles);
            while (adjustments.hasNext()) {
              Object[] values = values(run, adjustments.next());
              wb.writer.writeValues(a++, values, lineStyles.of(values));
            }
          });
      if (periodSources.hasNext()) {
        var sourceWidths = new ColumnWidths();
        sourceWidths.seeAll(PeriodSourcesSheet.HEADER);
        int[] sourceStyles = new int[PeriodSourcesSheet.HEADER.size()];
        sourceStyles[PeriodSourcesSheet.KWH_COLUMN] = styles.quantity().getIndex();
        Iterator<PeriodSource> sources =
            SharedTexts.sampled(
                periodSources,
                source -> {
                  Object[] values = PeriodSourcesSheet.values(source);
                  for (int c = 0; c < values.length; c++) {
                    sourceWidths.see(
                        c,
                        values[c],
                        c == PeriodSourcesSheet.KWH_COLUMN ? styles.quantity() : null);
                  }
                });
        var sourceSheet = wb.createSheet("Period sources");
        layOut(sourceSheet, sourceWidths, 0, rowsPerSheet, PeriodSourcesSheet.HEADER.size());
        sourceSheet.setRowGenerator(
            sheet ->
                PeriodSourcesSheet.write(
                    sheet,
                    bold,
                    rowsPerSheet,
                    sources,
                    (row, values) -> wb.writer.writeValues(row, values, sourceStyles)));
      }
      if (meterVerdicts.hasNext()) {
        MeterValuesSheet.add(
            wb.createSheet(MeterValuesSheet.NAME),
            styles,
            rowsPerSheet,
            meterVerdicts,
            (row, values, cellStyles) -> wb.writer.writeValues(row, values, cellStyles));
      }
      // sheets are generated in workbook order: the lines are summed when the totals are reached
      var totals = wb.createSheet("Totals");
      var totalWidths = new ColumnWidths();
      totalWidths.seeAll(TOTALS_HEADER);
      Component.builtIn().forEach(c -> totalWidths.see(0, c.name(), null));
      layOut(totals, totalWidths, 0, Component.builtIn().size(), TOTALS_HEADER.size());
      CellStyle totalStyle = styles.amount(currency);
      totals.setRowGenerator(
          sheet -> writeTotals(sheet, bold, totalStyle, lineSheets, written.sums()));
      var inputs = wb.createSheet("Inputs");
      var inputWidths = new ColumnWidths();
      inputWidths.seeAll(Sheets.INPUT_FILE_LABELS);
      inputWidths.see(0, "rule set SHA-256", null);
      List<CellStyle> inputStyles = Sheets.inputFileStyles(styles);
      for (Map<String, Object> input : inputFiles) {
        for (int c = 0; c < Sheets.INPUT_FILE_COLUMNS.size(); c++) {
          inputWidths.see(
              c, Sheets.get(input, Sheets.INPUT_FILE_COLUMNS.get(c)), inputStyles.get(c));
        }
      }
      layOut(inputs, inputWidths, 3, 3 + inputFiles.size(), Sheets.INPUT_FILE_COLUMNS.size());
      inputs.setRowGenerator(sheet -> writeInputs(sheet, styles, run, inputFiles));
      wb.setActiveSheet(0);
      wb.setSelectedTab(0);
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

  private static void layOut(
      Sheet sheet, ColumnWidths widths, int headerRow, int lastRow, int columns) {
    widths.applyTo(sheet);
    SheetLayout.table(sheet, headerRow, lastRow, columns);
  }

  private static void deleteQuietly(Path partial) {
    try {
      Files.deleteIfExists(partial);
    } catch (IOException ignored) {
      // the failure being reported matters more than a leftover partial file
    }
  }

  /** The header row of a sheet of lines, written out before the lines are written after it. */
  private static int header(SXSSFSheet sheet, WorkbookStyles styles, LineStyles lineStyles)
      throws IOException {
    int next = Sheets.header(sheet, 0, styles, ExportWriter.LINE_HEADER, lineStyles.columns());
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
      CellStyle amount,
      List<String> lineSheets,
      java.util.Map<Component, java.math.BigDecimal> sums) {
    Sheets.header(sheet, 0, bold, TOTALS_HEADER);
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
                + column(LineStyles.AMOUNT_COLUMN)
                + ":"
                + column(LineStyles.AMOUNT_COLUMN)
                + ")");
      }
      var cell = row.createCell(1);
      cell.setCellFormula(String.join("+", parts));
      cell.setCellStyle(amount);
      // the value as computed here, for programs that show formulas without recalculating
      cell.setCellValue(sums.getOrDefault(component, java.math.BigDecimal.ZERO).doubleValue());
    }
  }

  private static void writeInputs(
      Sheet sheet, WorkbookStyles styles, SettlementRun run, List<Map<String, Object>> inputFiles) {
    Row r0 = sheet.createRow(0);
    r0.createCell(0).setCellValue("rule set SHA-256");
    r0.createCell(1).setCellValue(run.rulesetSha256());
    Row r1 = sheet.createRow(1);
    r1.createCell(0).setCellValue("pack");
    r1.createCell(1).setCellValue(run.packName() + " " + run.packVersion());
    Sheets.table(
        sheet,
        3,
        styles,
        Sheets.INPUT_FILE_COLUMNS,
        Sheets.INPUT_FILE_LABELS,
        inputFiles,
        Sheets.inputFileStyles(styles));
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
