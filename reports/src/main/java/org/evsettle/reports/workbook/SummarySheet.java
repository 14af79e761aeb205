package org.evsettle.reports.workbook;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The sheet each workbook opens on: the run's key figures, a label and a value a row, amounts in
 * their currency. Figures are given as a list, so a new one (who approved the pack) is one more
 * element, not a new layout.
 */
final class SummarySheet {

  static final String NAME = "Summary";

  private SummarySheet() {}

  /**
   * Sizes and sets up the sheet for printing; before {@link #write} for a streamed workbook, whose
   * sheet settings are written before its rows.
   */
  static void layOut(Sheet sheet, WorkbookStyles styles, List<KeyFigure> figures) {
    var widths = new ColumnWidths();
    for (KeyFigure figure : figures) {
      widths.see(0, figure.label(), null);
      widths.see(1, figure.value(), styleOf(figure, styles));
      widths.see(2, figure.unit(), null);
    }
    widths.applyTo(sheet);
    SheetLayout.print(sheet);
  }

  /** Writes the figures from the sheet's first row; returns the next free row. */
  static int write(Sheet sheet, WorkbookStyles styles, List<KeyFigure> figures) {
    int r = 0;
    for (KeyFigure figure : figures) {
      Row row = sheet.createRow(r++);
      Cell label = row.createCell(0);
      label.setCellValue(figure.label());
      label.setCellStyle(styles.label());
      Cell value = Sheets.value(row, 1, figure.value());
      CellStyle style = styleOf(figure, styles);
      if (style != null) {
        value.setCellStyle(style);
      }
      if (figure.unit() != null) {
        Sheets.value(row, 2, figure.unit());
      }
    }
    return r;
  }

  private static CellStyle styleOf(KeyFigure figure, WorkbookStyles styles) {
    if (figure.currency() != null) {
      return styles.amount(figure.currency());
    }
    if (figure.unit() != null) {
      return styles.quantity();
    }
    return figure.value() instanceof Long ? styles.count() : styles.figureText();
  }
}
