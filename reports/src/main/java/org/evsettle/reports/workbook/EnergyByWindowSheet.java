package org.evsettle.reports.workbook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The regulator's energy by time-of-use window: a row per operator and window class, then the same
 * kWh as a grid, an operator a row and a window class a column, charted beside the table.
 */
final class EnergyByWindowSheet {

  static final String NAME = "Energy by window";

  /** Energy counted under no window class (a pack's dynamic prices, say). */
  private static final String NO_CLASS = "(none)";

  private EnergyByWindowSheet() {}

  /** Writes the sheet; returns the last row of its first table, the one filtered. */
  static int write(
      XSSFSheet sheet, WorkbookStyles styles, Currency currency, List<Map<String, Object>> rows) {
    int next =
        Sheets.table(
            sheet,
            0,
            styles,
            List.of("operator_id", "window_class", "kwh", "amount"),
            List.of("operator", "window class", "kWh", "amount"),
            rows,
            Arrays.asList(null, null, styles.quantity(), styles.amount(currency)));
    Map<String, Map<String, BigDecimal>> grid = new TreeMap<>();
    TreeSet<String> classes = new TreeSet<>();
    for (Map<String, Object> row : rows) {
      Object windowClass = Sheets.get(row, "window_class");
      String name = windowClass == null ? NO_CLASS : windowClass.toString();
      classes.add(name);
      grid.computeIfAbsent(String.valueOf(Sheets.get(row, "operator_id")), o -> new TreeMap<>())
          .merge(name, (BigDecimal) Sheets.get(row, "kwh"), BigDecimal::add);
    }
    if (grid.isEmpty()) {
      return next - 1;
    }
    int top = next + 1;
    List<String> header = new ArrayList<>(List.of("operator, kWh by window class"));
    header.addAll(classes);
    List<org.apache.poi.ss.usermodel.CellStyle> kwh = new ArrayList<>();
    kwh.add(null);
    classes.forEach(c -> kwh.add(styles.quantity()));
    int r = Sheets.header(sheet, top, styles, header, kwh);
    for (var operator : grid.entrySet()) {
      Row row = sheet.createRow(r++);
      Sheets.value(row, 0, operator.getKey());
      int c = 1;
      for (String windowClass : classes) {
        Sheets.value(row, c++, operator.getValue().getOrDefault(windowClass, BigDecimal.ZERO))
            .setCellStyle(styles.quantity());
      }
    }
    List<RegulatorCharts.Series> series = new ArrayList<>();
    int c = 1;
    for (String windowClass : classes) {
      series.add(new RegulatorCharts.Series(windowClass, c++));
    }
    // beside the tables, clear of the grid's columns however many window classes there are
    RegulatorCharts.columns(
        sheet,
        "Charging energy by time-of-use window, per operator (kWh)",
        top + 1,
        r - 1,
        0,
        series,
        Math.max(5, classes.size() + 2),
        1);
    return next - 1;
  }
}
