package org.evsettle.reports.whatif;

import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.evsettle.reports.workbook.CellFormats;
import org.evsettle.reports.workbook.SheetLayout;

/**
 * The comparison workbook's styles: bold headers, amounts in their currency's decimals with
 * thousands separators and the currency's code, and each sheet's header frozen, filterable and
 * repeated on every A4 landscape page.
 */
final class ComparisonStyles {

  private final Workbook workbook;
  private final CellStyle bold;
  private final CellStyle wrapped;
  private final Map<String, CellStyle> amounts = new HashMap<>();

  ComparisonStyles(Workbook workbook) {
    this.workbook = workbook;
    Font font = workbook.createFont();
    font.setBold(true);
    bold = workbook.createCellStyle();
    bold.setFont(font);
    wrapped = workbook.createCellStyle();
    wrapped.setWrapText(true);
    wrapped.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
  }

  /** Long text wrapped within its column. */
  void wrapped(org.apache.poi.ss.usermodel.Cell cell) {
    cell.setCellStyle(wrapped);
  }

  CellStyle bold() {
    return bold;
  }

  /** E.g. {@code #,##0.00 "CNY"}; a currency without decimals (JPY) has none. */
  CellStyle amount(String currencyCode) {
    return amounts.computeIfAbsent(
        currencyCode,
        code -> {
          CellStyle style = workbook.createCellStyle();
          style.setDataFormat(
              workbook
                  .createDataFormat()
                  .getFormat(CellFormats.amount(Currency.getInstance(code))));
          return style;
        });
  }

  /** A table's header at {@code headerRow}: frozen, filterable over its columns, printed again. */
  static void table(Sheet sheet, int headerRow, int columns, int lastRow, int[] widths) {
    sheet.createFreezePane(0, headerRow + 1);
    sheet.setAutoFilter(
        new CellRangeAddress(headerRow, Math.max(headerRow, lastRow), 0, columns - 1));
    sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, 0, columns - 1));
    for (int c = 0; c < widths.length; c++) {
      sheet.setColumnWidth(c, widths[c] * 256);
    }
    SheetLayout.print(sheet);
  }
}
