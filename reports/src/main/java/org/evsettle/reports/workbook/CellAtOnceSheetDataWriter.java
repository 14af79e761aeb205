package org.evsettle.reports.workbook;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.StreamingSheetWriter;
import org.evsettle.reports.export.SpreadsheetSafeText;

/**
 * Writes the same sheet XML as POI's own writer, with one write per cell instead of several per
 * attribute and one per character of text: for a month of lines, POI's per-character writes into a
 * synchronised buffer took most of the auditor workbook's time. Text, number and blank cells are
 * written here; any other cell (formulas, booleans, errors) is left to POI.
 */
class CellAtOnceSheetDataWriter extends StreamingSheetWriter {

  private final StringBuilder cell = new StringBuilder(512);
  private char[] chars = new char[512];
  private final String[] columns = new String[64];
  private String rowNumber = "";

  private final java.util.function.Function<String, Integer> shared;

  /**
   * Writes the sheet data into {@code out}, the workbook's zip entry of the sheet; a text that
   * {@code shared} numbers is written as a reference to that shared string.
   */
  CellAtOnceSheetDataWriter(OutputStream out, java.util.function.Function<String, Integer> shared)
      throws IOException {
    super(out);
    this.shared = shared;
  }

  @Override
  public void writeRow(int rownum, SXSSFRow row) throws IOException {
    rowNumber = Integer.toString(rownum + 1);
    super.writeRow(rownum, row);
  }

  @Override
  public void writeCell(int columnIndex, Cell c) throws IOException {
    if (c == null) {
      return;
    }
    CellType type = c.getCellType();
    int style = c.getCellStyle().getIndex() & 0xffff;
    switch (type) {
      case STRING -> writeText(columnIndex, style, c.getStringCellValue());
      case NUMERIC -> writeNumber(columnIndex, style, c.getNumericCellValue());
      case BLANK -> writeBlank(columnIndex, style);
      default -> super.writeCell(columnIndex, c);
    }
  }

  /**
   * Writes a row of unstyled cells straight from their values, as POI writes the cells {@link
   * Sheets#value} makes of them, without POI's row and cell objects: a month has millions of rows.
   * Call between the rows POI writes only once those are flushed.
   */
  void writeValues(int rownum, Object[] values) throws IOException {
    writeValues(rownum, values, null);
  }

  /**
   * Like {@link #writeValues(int, Object[])}, each cell in its column's style of {@code styles}
   * (style numbers of the workbook; 0, the default, or null for none).
   */
  void writeValues(int rownum, Object[] values, int[] styles) throws IOException {
    rowNumber = Integer.toString(rownum + 1);
    _out.write("<row r=\"");
    _out.write(rowNumber);
    _out.write("\">\n");
    for (int c = 0; c < values.length; c++) {
      Object value = values[c];
      int style = styles == null || c >= styles.length ? 0 : styles[c];
      if (value == null) {
        writeBlank(c, style);
      } else if (value instanceof Number n) {
        writeNumber(c, style, n.doubleValue());
      } else {
        writeText(c, style, SpreadsheetSafeText.of(value.toString()));
      }
    }
    _out.write("</row>\n");
  }

  private void begin(int columnIndex, int style) {
    cell.setLength(0);
    cell.append("<c r=\"").append(column(columnIndex)).append(rowNumber).append('"');
    if (style != 0) {
      cell.append(" s=\"").append(style).append('"');
    }
  }

  private void writeText(int columnIndex, int style, String text) throws IOException {
    begin(columnIndex, style);
    Integer number = shared.apply(text);
    if (number != null) {
      cell.append(" t=\"s\"><v>").append(number.intValue()).append("</v></c>");
      flushCell();
      return;
    }
    cell.append(" t=\"inlineStr\"><is><t");
    if (!text.isEmpty()
        && (Character.isWhitespace(text.charAt(0))
            || Character.isWhitespace(text.charAt(text.length() - 1)))) {
      cell.append(" xml:space=\"preserve\"");
    }
    cell.append('>');
    if (isPlain(text)) {
      cell.append(text);
    } else {
      flushCell();
      outputEscapedString(text);
    }
    cell.append("</t></is></c>");
    flushCell();
  }

  private void writeNumber(int columnIndex, int style, double value) throws IOException {
    begin(columnIndex, style);
    cell.append(" t=\"n\"><v>").append(Double.toString(value)).append("</v></c>");
    flushCell();
  }

  private void writeBlank(int columnIndex, int style) throws IOException {
    begin(columnIndex, style);
    cell.append("></c>");
    flushCell();
  }

  private String column(int index) {
    if (index >= columns.length) {
      return CellReference.convertNumToColString(index);
    }
    if (columns[index] == null) {
      columns[index] = CellReference.convertNumToColString(index);
    }
    return columns[index];
  }

  private void flushCell() throws IOException {
    int length = cell.length();
    if (chars.length < length) {
      chars = new char[Math.max(length, chars.length * 2)];
    }
    cell.getChars(0, length, chars, 0);
    _out.write(chars, 0, length);
    cell.setLength(0);
  }

  /** Printable ASCII that XML text takes as it is; anything else is escaped by POI. */
  static boolean isPlain(String text) {
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch < ' ' || ch > '~' || ch == '<' || ch == '>' || ch == '&' || ch == '"') {
        return false;
      }
    }
    return true;
  }
}
