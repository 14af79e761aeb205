package org.evsettle.reports.workbook;

import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.evsettle.reports.export.ExportWriter;
import org.evsettle.settlement.ledger.LedgerLine;

/**
 * The styles of a line's cells, by column ({@link ExportWriter#LINE_HEADER}): the quantity and the
 * rate as numbers with their decimals, the amount in the line's currency. Made for the currencies
 * of the first lines, before the workbook is written; a line in a currency first met later (there
 * is none in a run of one pack) shows its amount as a plain number.
 */
final class LineStyles {

  static final int QUANTITY_COLUMN = 13;
  static final int RATE_COLUMN = 15;
  static final int AMOUNT_COLUMN = 16;
  static final int CURRENCY_COLUMN = 17;

  private final WorkbookStyles styles;
  private final Map<String, CellStyle[]> byCurrency = new HashMap<>();
  private final Map<String, int[]> numbersByCurrency = new HashMap<>();
  private final int[] otherCurrency;
  private final List<CellStyle> runCurrency;

  LineStyles(WorkbookStyles styles, Currency runCurrency) {
    this.styles = styles;
    this.runCurrency = Arrays.asList(stylesOf(runCurrency.getCurrencyCode()));
    otherCurrency = numbers(columns(null));
  }

  /** Sees a line's cells for the column widths, making the styles of its currency. */
  void see(LedgerLine line, Object[] values, ColumnWidths widths) {
    CellStyle[] columns = stylesOf(line.line().amount().currency().getCurrencyCode());
    for (int c = 0; c < values.length; c++) {
      widths.see(c, values[c], columns[c]);
    }
  }

  /** The styles of the columns of a line in the run's currency (null: none). */
  List<CellStyle> columns() {
    return runCurrency;
  }

  /** The style numbers of a line's cells, for the streaming writer. */
  int[] of(Object[] values) {
    return numbersByCurrency.getOrDefault(values[CURRENCY_COLUMN], otherCurrency);
  }

  private CellStyle[] stylesOf(String currency) {
    return byCurrency.computeIfAbsent(
        currency,
        code -> {
          CellStyle[] columns = columns(styles.amount(Currency.getInstance(code)));
          numbersByCurrency.put(code, numbers(columns));
          return columns;
        });
  }

  private CellStyle[] columns(CellStyle amount) {
    CellStyle[] columns = new CellStyle[ExportWriter.LINE_HEADER.size()];
    columns[QUANTITY_COLUMN] = styles.quantity();
    columns[RATE_COLUMN] = styles.rate();
    columns[AMOUNT_COLUMN] = amount;
    return columns;
  }

  private static int[] numbers(CellStyle[] columns) {
    int[] numbers = new int[columns.length];
    for (int c = 0; c < columns.length; c++) {
      numbers[c] = columns[c] == null ? 0 : columns[c].getIndex();
    }
    return numbers;
  }
}
