package org.evsettle.reports.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.evsettle.settlement.ledger.RunReportData;
import org.evsettle.settlement.ledger.SettlementRun;

/**
 * The regulator's workbook of a run: totals by operator and component, energy by window class with
 * a chart, the valley share, subsidies paid, withheld and capped and sessions not subsidised,
 * compliance violations with requirement and reference, registered sites' peaks against their
 * limits, the carbon of charging, and the data quality of the inputs. Aggregates only, so it is
 * small whatever the size of the run.
 */
public final class RegulatorWorkbook {

  public void write(Path file, SettlementRun run, long runId, RunReportData data) {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      CellStyle bold = wb.createCellStyle();
      Font font = wb.createFont();
      font.setBold(true);
      bold.setFont(font);

      var summary = wb.createSheet("Summary");
      Row title = summary.createRow(0);
      title
          .createCell(0)
          .setCellValue(
              "Settlement run "
                  + run.runId()
                  + ", pack "
                  + run.packName()
                  + " "
                  + run.packVersion()
                  + ", rule set "
                  + run.rulesetSha256());
      Sheets.table(
          summary,
          2,
          bold,
          List.of("operator_id", "component", "kind", "lines", "quantity", "amount"),
          List.of("operator", "component", "kind", "lines", "quantity", "amount"),
          data.totalsByOperator(runId));

      energy(wb.createSheet("Energy by window"), bold, data.energyByWindow(runId));

      var measures = data.operatorMeasures(runId);
      Sheets.table(
          wb.createSheet("Valley share"),
          0,
          bold,
          List.of("operator_id", "subject", "measured", "target"),
          List.of("operator", "posts", "valley share %", "target %"),
          measures.stream()
              .filter(m -> "valley share percent".equals(Sheets.get(m, "measure")))
              .toList());

      var sites =
          measures.stream().filter(m -> "site peak kW".equals(Sheets.get(m, "measure"))).toList();
      if (!sites.isEmpty()) {
        // registered sites' 15-minute peaks, from meter readings or sessions, against their limit
        Sheets.table(
            wb.createSheet("Site demand"),
            0,
            bold,
            List.of("operator_id", "subject", "measured", "target"),
            List.of("operator", "site", "peak kW (15 min)", "limit kW"),
            sites);
      }

      var carbon =
          measures.stream()
              .filter(m -> String.valueOf(Sheets.get(m, "measure")).startsWith("carbon "))
              .toList();
      if (!carbon.isEmpty()) {
        // reported, not paid: kg CO2 of charging from the utilities' hourly intensity, and the
        // share of it in each utility's lowest-carbon quarter of the period's hours
        Sheets.table(
            wb.createSheet("Carbon"),
            0,
            bold,
            List.of("operator_id", "measure", "subject", "measured"),
            List.of("operator", "measure", "of", "value"),
            carbon);
      }

      var subsidies = wb.createSheet("Subsidies");
      int next =
          Sheets.table(
              subsidies,
              0,
              bold,
              List.of("operator_id", "subsidised_kwh", "subsidy", "withheld"),
              List.of("operator", "subsidised kWh", "subsidy", "withheld"),
              data.subsidies(runId));
      Sheets.table(
          subsidies,
          next + 1,
          bold,
          List.of("operator_id", "measure", "subject", "measured"),
          List.of("operator", "measure", "why", "value"),
          measures.stream()
              .filter(
                  m ->
                      "sessions not subsidised".equals(Sheets.get(m, "measure"))
                          || "subsidy capped kWh".equals(Sheets.get(m, "measure")))
              .toList());

      Sheets.table(
          wb.createSheet("Compliance"),
          0,
          bold,
          List.of("operator_id", "charger_id", "requirement", "reference", "detail"),
          List.of("operator", "charger", "requirement", "reference", "finding"),
          data.violations(runId));

      var quality = wb.createSheet("Data quality");
      int q =
          Sheets.table(
              quality,
              0,
              bold,
              Sheets.INPUT_FILE_COLUMNS,
              Sheets.INPUT_FILE_LABELS,
              data.inputFiles());
      Sheets.table(
          quality,
          q + 1,
          bold,
          List.of("party_id", "code", "rows_rejected"),
          List.of("sender", "rejected because", "rows"),
          data.rejectedRowsByReason());

      Files.createDirectories(file.getParent());
      try (OutputStream out = Files.newOutputStream(file)) {
        wb.write(out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** Per operator and window class, then totals by class, charted. */
  private static void energy(XSSFSheet sheet, CellStyle bold, List<Map<String, Object>> rows) {
    int r =
        Sheets.table(
            sheet,
            0,
            bold,
            List.of("operator_id", "window_class", "kwh", "amount"),
            List.of("operator", "window class", "kWh", "amount"),
            rows);
    Map<String, BigDecimal> byClass = new TreeMap<>();
    for (Map<String, Object> row : rows) {
      byClass.merge(
          String.valueOf(Sheets.get(row, "window_class")),
          (BigDecimal) Sheets.get(row, "kwh"),
          BigDecimal::add);
    }
    int first = r + 1;
    int next = Sheets.header(sheet, first, bold, List.of("window class", "kWh, all operators"));
    for (var e : byClass.entrySet()) {
      Row row = sheet.createRow(next++);
      Sheets.value(row, 0, e.getKey());
      Sheets.value(row, 1, e.getValue());
    }
    if (byClass.isEmpty()) {
      return;
    }
    var drawing = sheet.createDrawingPatriarch();
    XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 5, 1, 13, 18));
    chart.setTitleText("Charging energy by time-of-use window (kWh)");
    var x = chart.createCategoryAxis(AxisPosition.BOTTOM);
    var y = chart.createValueAxis(AxisPosition.LEFT);
    var data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
    data.setBarDirection(BarDirection.COL);
    data.addSeries(
            XDDFDataSourcesFactory.fromStringCellRange(
                sheet, new CellRangeAddress(first + 1, next - 1, 0, 0)),
            XDDFDataSourcesFactory.fromNumericCellRange(
                sheet, new CellRangeAddress(first + 1, next - 1, 1, 1)))
        .setTitle("kWh", null);
    chart.plot(data);
  }
}
