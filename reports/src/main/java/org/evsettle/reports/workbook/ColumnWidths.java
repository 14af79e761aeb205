package org.evsettle.reports.workbook;

import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Column widths that fit what a column shows: the widest header or value seen, formatted as the
 * cell's style shows it, in characters. Counted rather than measured with fonts ({@code
 * autoSizeColumn} lays out every cell with AWT, and a streamed sheet no longer has its rows): a
 * streamed sheet is sized from its header and the first lines, held for their shared texts anyway.
 */
final class ColumnWidths {

  /** Wide enough for a SHA-256; longer texts (explanations) are cut, not the sheet made wider. */
  static final int MAX_CHARACTERS = 66;

  private static final int MIN_CHARACTERS = 6;

  private final DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
  private int[] widths = new int[0];

  /** Sees a value as a cell of this style shows it. */
  void see(int column, Object value, CellStyle style) {
    if (value == null) {
      return;
    }
    String shown;
    if (value instanceof Number n && style != null) {
      shown =
          formatter.formatRawCellContents(
              n.doubleValue(), style.getDataFormat(), style.getDataFormatString());
    } else {
      shown = value.toString();
    }
    see(column, shown.length());
  }

  void seeAll(List<String> labels) {
    for (int c = 0; c < labels.size(); c++) {
      see(c, labels.get(c).length());
    }
  }

  /** Sees every cell a sheet holds: for sheets of aggregates, small whatever the run. */
  void seeCells(Sheet sheet) {
    for (Row row : sheet) {
      for (Cell cell : row) {
        see(cell.getColumnIndex(), formatter.formatCellValue(cell).length());
      }
    }
  }

  private void see(int column, int characters) {
    if (column >= widths.length) {
      widths = Arrays.copyOf(widths, column + 1);
    }
    widths[column] = Math.max(widths[column], characters);
  }

  /** Sets the widths seen, with a character's margin (the filter button takes room). */
  void applyTo(Sheet sheet) {
    for (int c = 0; c < widths.length; c++) {
      int characters = Math.min(MAX_CHARACTERS, Math.max(MIN_CHARACTERS, widths[c] + 3));
      sheet.setColumnWidth(c, characters * 256);
    }
  }
}
