package org.evsettle.reports.workbook;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.evsettle.reports.export.SpreadsheetSafeText;

/**
 * Writes rows of values into a sheet: numbers as numbers, everything else as text, never as a
 * formula (text from inputs is also neutralised, for programs that re-read cells as typed input).
 */
final class Sheets {

  /** The columns of the received files, as both workbooks list them. */
  static final List<String> INPUT_FILE_COLUMNS =
      List.of(
          "party_role",
          "party_id",
          "file_name",
          "record_type",
          "status",
          "accepted",
          "corrected",
          "duplicates",
          "rejected",
          "sha256");

  static final List<String> INPUT_FILE_LABELS =
      List.of(
          "sender role",
          "sender",
          "file",
          "record type",
          "status",
          "accepted",
          "corrected",
          "duplicates",
          "rejected",
          "SHA-256");

  private Sheets() {}

  /** The counts of the received files' rows as counts; the other columns as they are. */
  static List<CellStyle> inputFileStyles(WorkbookStyles styles) {
    CellStyle count = styles.count();
    return java.util.Arrays.asList(null, null, null, null, null, count, count, count, count, null);
  }

  static int header(Sheet sheet, int rowIndex, CellStyle bold, List<String> labels) {
    Row row = sheet.createRow(rowIndex);
    for (int i = 0; i < labels.size(); i++) {
      Cell cell = row.createCell(i);
      cell.setCellValue(labels.get(i));
      cell.setCellStyle(bold);
    }
    return rowIndex + 1;
  }

  /**
   * A header over columns in {@code styles}: the labels of styled columns (numbers) aligned right,
   * over their values.
   */
  static int header(
      Sheet sheet,
      int rowIndex,
      WorkbookStyles styles,
      List<String> labels,
      List<CellStyle> columnStyles) {
    int next = header(sheet, rowIndex, styles.header(), labels);
    Row row = sheet.getRow(rowIndex);
    for (int c = 0; c < labels.size() && c < columnStyles.size(); c++) {
      if (columnStyles.get(c) != null) {
        row.getCell(c).setCellStyle(styles.numberHeader());
      }
    }
    return next;
  }

  static Cell value(Row row, int column, Object value) {
    Cell cell = row.createCell(column);
    if (value == null) {
      cell.setBlank();
    } else if (value instanceof BigDecimal d) {
      cell.setCellValue(d.doubleValue());
    } else if (value instanceof Number n) {
      cell.setCellValue(n.doubleValue());
    } else {
      cell.setCellValue(SpreadsheetSafeText.of(value.toString()));
    }
    return cell;
  }

  /**
   * Writes query rows under a header, each column's cells in its style of {@code styles} (none
   * where the list is shorter or holds null); returns the next free row.
   */
  static int table(
      Sheet sheet,
      int rowIndex,
      WorkbookStyles workbookStyles,
      List<String> columns,
      List<String> labels,
      List<Map<String, Object>> rows,
      List<CellStyle> styles) {
    int r = header(sheet, rowIndex, workbookStyles, labels, styles);
    for (Map<String, Object> data : rows) {
      Row row = sheet.createRow(r++);
      for (int c = 0; c < columns.size(); c++) {
        Cell cell = value(row, c, get(data, columns.get(c)));
        if (c < styles.size() && styles.get(c) != null) {
          cell.setCellStyle(styles.get(c));
        }
      }
    }
    return r;
  }

  /** Column values by name, whatever case the database reports its labels in. */
  static Object get(Map<String, Object> row, String column) {
    for (var e : row.entrySet()) {
      if (e.getKey().equalsIgnoreCase(column)) {
        return e.getValue();
      }
    }
    return null;
  }
}
