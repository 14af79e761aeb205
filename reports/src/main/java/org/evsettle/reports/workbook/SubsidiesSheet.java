package org.evsettle.reports.workbook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The regulator's subsidies: per operator, the energy subsidised, what the fund paid, what it
 * withheld and the energy over the chargers' annual caps; then the sessions that got no subsidy, by
 * reason, each session once; charted, amounts apart from energy.
 */
final class SubsidiesSheet {

  static final String NAME = "Subsidies";

  static final String NOT_SUBSIDISED = "sessions not subsidised";
  static final String CAPPED = "subsidy capped kWh";

  private SubsidiesSheet() {}

  /** Writes the sheet; returns the last row of its first table, the one filtered. */
  static int write(
      XSSFSheet sheet,
      WorkbookStyles styles,
      Currency currency,
      List<Map<String, Object>> subsidies,
      List<Map<String, Object>> measures) {
    Map<Object, BigDecimal> capped = new LinkedHashMap<>();
    List<Map<String, Object>> refused = new ArrayList<>();
    for (Map<String, Object> m : measures) {
      Object measure = Sheets.get(m, "measure");
      if (CAPPED.equals(measure)) {
        capped.merge(
            Sheets.get(m, "operator_id"), (BigDecimal) Sheets.get(m, "measured"), BigDecimal::add);
      } else if (NOT_SUBSIDISED.equals(measure)) {
        refused.add(m);
      }
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Map<String, Object> s : subsidies) {
      Map<String, Object> row = new LinkedHashMap<>(s);
      row.put("capped_kwh", capped.getOrDefault(Sheets.get(s, "operator_id"), BigDecimal.ZERO));
      rows.add(row);
    }
    int next =
        Sheets.table(
            sheet,
            0,
            styles,
            List.of("operator_id", "subsidised_kwh", "subsidy", "withheld", "capped_kwh"),
            List.of("operator", "subsidised kWh", "subsidy paid", "withheld", "over the cap kWh"),
            rows,
            Arrays.asList(
                null,
                styles.quantity(),
                styles.amount(currency),
                styles.amount(currency),
                styles.quantity()));
    Sheets.table(
        sheet,
        next + 1,
        styles,
        List.of("operator_id", "subject", "measured"),
        List.of("operator", "not subsidised because", "sessions"),
        refused,
        Arrays.asList(null, null, styles.count()));
    if (rows.isEmpty()) {
      return next - 1;
    }
    RegulatorCharts.columns(
        sheet,
        "Subsidies paid and withheld (" + currency.getCurrencyCode() + ")",
        1,
        next - 1,
        0,
        List.of(new RegulatorCharts.Series("paid", 2), new RegulatorCharts.Series("withheld", 3)),
        6,
        1);
    RegulatorCharts.columns(
        sheet,
        "Energy subsidised and over the annual cap (kWh)",
        1,
        next - 1,
        0,
        List.of(
            new RegulatorCharts.Series("subsidised", 1),
            new RegulatorCharts.Series("over the cap", 4)),
        6,
        20);
    return next - 1;
  }
}
