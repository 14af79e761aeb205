package org.evsettle.reports.whatif;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.evsettle.reports.export.SpreadsheetSafeText;
import org.evsettle.reports.workbook.SheetLayout;
import org.evsettle.settlement.whatif.AmountDifference;
import org.evsettle.settlement.whatif.Comparison;
import org.evsettle.settlement.whatif.EligibilityChange;
import org.evsettle.settlement.whatif.RecordChange;

/**
 * comparison.xlsx: a summary, the amounts per operator, component and window class in the latest
 * run and in the draft, the records that change most with both sides' lines, and the sessions whose
 * subsidy eligibility changes. Streamed: the sessions' sheet can be as long as a month.
 */
final class ComparisonWorkbook implements AutoCloseable {

  static final List<String> AMOUNT_COLUMNS =
      List.of(
          "operator", "component", "window class", "currency", "latest run", "draft", "difference");
  static final List<String> RECORD_COLUMNS =
      List.of(
          "rank",
          "operator",
          "record type",
          "record",
          "change",
          "settlement",
          "component",
          "window class",
          "quantity",
          "unit",
          "rate",
          "amount",
          "rule",
          "policy file",
          "explanation");
  static final List<String> ELIGIBILITY_COLUMNS =
      List.of(
          "operator",
          "session",
          "subsidy in latest run",
          "subsidy in draft",
          "currency",
          "change",
          "draft's reason");

  private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
  private final ComparisonStyles styles = new ComparisonStyles(workbook);
  private final Sheet summary = workbook.createSheet("Summary");
  private final Sheet amounts = workbook.createSheet("Amounts");
  private final Sheet records = workbook.createSheet("Records that change most");
  private final Sheet eligibility = workbook.createSheet("Subsidy eligibility");
  private int eligibilityRow;

  ComparisonWorkbook() {
    eligibilityRow = header(eligibility, 0, ELIGIBILITY_COLUMNS);
  }

  void eligibility(EligibilityChange e) {
    Row row = eligibility.createRow(eligibilityRow++);
    text(row, 0, e.operatorId());
    text(row, 1, e.sessionId());
    amount(row, 2, e.latestSubsidy(), e.currency());
    amount(row, 3, e.draftSubsidy(), e.currency());
    text(row, 4, e.currency());
    text(row, 5, e.subsidisedInDraft() ? "gains the subsidy" : "loses the subsidy");
    text(row, 6, e.draftRefusal());
  }

  void finish(WhatIfHeading heading, Comparison comparison, Path file) throws IOException {
    ComparisonStyles.table(
        eligibility,
        0,
        ELIGIBILITY_COLUMNS.size(),
        eligibilityRow - 1,
        new int[] {14, 24, 20, 18, 9, 18, 60});
    writeSummary(heading, comparison);
    writeAmounts(comparison.amounts());
    writeRecords(comparison.mostChanged());
    Path partial = file.resolveSibling(file.getFileName() + ".partial");
    try (OutputStream out = Files.newOutputStream(partial)) {
      workbook.write(out);
    }
    Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  private void writeSummary(WhatIfHeading heading, Comparison comparison) {
    int r = 0;
    for (Map.Entry<String, String> fact : heading.facts()) {
      Row row = summary.createRow(r++);
      bold(row, 0, fact.getKey());
      text(row, 1, fact.getValue());
    }
    Row changed = summary.createRow(r++);
    bold(changed, 0, "records whose amounts change");
    changed.createCell(1).setCellValue(comparison.recordsChanged());
    Row measure = summary.createRow(r++);
    bold(measure, 0, "a record's change");
    text(measure, 1, "the sum of its components' and window classes' differences, unsigned");
    Row flips = summary.createRow(r++);
    bold(flips, 0, "sessions whose subsidy eligibility changes");
    flips.createCell(1).setCellValue(comparison.eligibilityChanges());
    r++;
    int header = r;
    r = header(summary, r, List.of("component", "currency", "latest run", "draft", "difference"));
    for (AmountDifference total : comparison.byComponent()) {
      Row row = summary.createRow(r++);
      text(row, 0, total.component());
      text(row, 1, total.currency());
      amount(row, 2, total.latest(), total.currency());
      amount(row, 3, total.draft(), total.currency());
      amount(row, 4, total.difference(), total.currency());
    }
    // long values (hashes, folders) run on into the empty cells to their right
    summary.setColumnWidth(0, 42 * 256);
    for (int c = 1; c <= 4; c++) {
      summary.setColumnWidth(c, 18 * 256);
    }
    summary.setRepeatingRows(new org.apache.poi.ss.util.CellRangeAddress(header, header, 0, 4));
    SheetLayout.print(summary);
  }

  private void writeAmounts(List<AmountDifference> rows) {
    int r = header(amounts, 0, AMOUNT_COLUMNS);
    for (AmountDifference a : rows) {
      Row row = amounts.createRow(r++);
      text(row, 0, a.operatorId());
      text(row, 1, a.component());
      text(row, 2, a.windowClass());
      text(row, 3, a.currency());
      amount(row, 4, a.latest(), a.currency());
      amount(row, 5, a.draft(), a.currency());
      amount(row, 6, a.difference(), a.currency());
    }
    ComparisonStyles.table(
        amounts, 0, AMOUNT_COLUMNS.size(), r - 1, new int[] {14, 20, 14, 9, 18, 18, 18});
  }

  private void writeRecords(List<RecordChange> changes) {
    int r = header(records, 0, RECORD_COLUMNS);
    int rank = 0;
    for (RecordChange change : changes) {
      rank++;
      for (RecordChange.Line line : change.lines()) {
        Row row = records.createRow(r++);
        row.createCell(0).setCellValue(rank);
        text(row, 1, change.operatorId());
        text(row, 2, change.recordType());
        text(row, 3, change.recordId());
        amount(row, 4, change.change(), line.currency());
        text(
            row,
            5,
            line.side() == org.evsettle.settlement.whatif.Side.LATEST ? "latest run" : "draft");
        text(row, 6, line.component());
        text(row, 7, line.windowClass());
        number(row, 8, line.quantity());
        text(row, 9, line.unit());
        number(row, 10, line.rate());
        amount(row, 11, line.amount(), line.currency());
        styles.wrapped(text(row, 12, line.rule()));
        text(row, 13, line.policyFile());
        styles.wrapped(text(row, 14, line.explanation()));
      }
    }
    ComparisonStyles.table(
        records,
        0,
        RECORD_COLUMNS.size(),
        r - 1,
        new int[] {6, 10, 13, 16, 14, 12, 16, 14, 10, 6, 8, 13, 36, 16, 60});
    // fifteen columns do not fit one page's width legibly: two pages wide, as many long
    records.getPrintSetup().setFitWidth((short) 2);
  }

  private int header(Sheet sheet, int rowIndex, List<String> labels) {
    Row row = sheet.createRow(rowIndex);
    for (int i = 0; i < labels.size(); i++) {
      bold(row, i, labels.get(i));
    }
    return rowIndex + 1;
  }

  private void bold(Row row, int column, String label) {
    Cell cell = row.createCell(column);
    cell.setCellValue(label);
    cell.setCellStyle(styles.bold());
  }

  private static Cell text(Row row, int column, String value) {
    Cell cell = row.createCell(column);
    if (value != null) {
      cell.setCellValue(SpreadsheetSafeText.of(value));
    }
    return cell;
  }

  private static void number(Row row, int column, BigDecimal value) {
    if (value != null) {
      row.createCell(column).setCellValue(value.doubleValue());
    }
  }

  private void amount(Row row, int column, BigDecimal value, String currency) {
    Cell cell = row.createCell(column);
    cell.setCellValue(value.doubleValue());
    cell.setCellStyle(styles.amount(currency));
  }

  @Override
  public void close() throws IOException {
    workbook.dispose();
    workbook.close();
  }
}
