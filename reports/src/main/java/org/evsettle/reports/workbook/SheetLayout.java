package org.evsettle.reports.workbook;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * How a sheet is read and printed: its table's header row stays in view and carries filters, and
 * every sheet prints on A4 landscape, as wide as a page, with the header on every page.
 */
public final class SheetLayout {

  private SheetLayout() {}

  /**
   * A table whose header is at {@code headerRow}, with {@code columns} columns and its last row at
   * {@code lastRow}: the rows above and the header are frozen, the table filterable, the header
   * repeated on each printed page.
   */
  static void table(Sheet sheet, int headerRow, int lastRow, int columns) {
    sheet.createFreezePane(0, headerRow + 1);
    sheet.setAutoFilter(
        new CellRangeAddress(headerRow, Math.max(headerRow, lastRow), 0, columns - 1));
    print(sheet);
    sheet.setRepeatingRows(CellRangeAddress.valueOf((headerRow + 1) + ":" + (headerRow + 1)));
  }

  /**
   * A table of lines, 22 columns with rules and explanations: fit to a page's width it is too small
   * to read, so it prints at a scale that can be read, across pages, a band of rows over all its
   * columns before the next (the pages of one line together).
   */
  static void lines(Sheet sheet, int lastRow, int columns) {
    table(sheet, 0, lastRow, columns);
    sheet.setFitToPage(false);
    PrintSetup setup = sheet.getPrintSetup();
    setup.setScale(LINES_SCALE);
    setup.setLeftToRight(true);
  }

  /** Percent: 8-point text of the sheet's 11-point cells. */
  static final short LINES_SCALE = 70;

  /** A4 landscape, fit to the page's width and as many pages long as it takes. */
  public static void print(Sheet sheet) {
    PrintSetup setup = sheet.getPrintSetup();
    setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
    setup.setLandscape(true);
    sheet.setFitToPage(true);
    setup.setFitWidth((short) 1);
    setup.setFitHeight((short) 0);
    sheet.setHorizontallyCenter(false);
  }
}
