package org.evsettle.reports.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.evsettle.settlement.ledger.RunReportData;
import org.evsettle.settlement.ledger.RunStatus;
import org.evsettle.settlement.ledger.SettlementRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/** The regulator's workbook as a reader gets it, read back with POI: formats, layout, charts. */
class RegulatorWorkbookTest {

  private static final Currency KWD = Currency.getInstance("KWD");

  private static final SettlementRun RUN =
      new SettlementRun(
          7,
          YearMonth.parse("2026-10"),
          "INITIAL",
          0,
          "kw",
          "1",
          "ab".repeat(32),
          RunStatus.COMPLETED);

  @TempDir Path dir;

  /** Rows as the database gives them; upper-case labels, as H2 reports them. */
  private static Map<String, Object> row(Object... namesAndValues) {
    Map<String, Object> row = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      Object value = namesAndValues[i + 1];
      row.put(
          namesAndValues[i].toString().toUpperCase(java.util.Locale.ROOT),
          value instanceof String s && s.matches("-?[0-9.]+") ? new BigDecimal(s) : value);
    }
    return row;
  }

  private static final RunReportData DATA =
      new RunReportData(new JdbcTemplate()) {
        @Override
        public List<Map<String, Object>> totalsByOperator(long runId) {
          return List.of(
              row(
                  "operator_id",
                  "OP1",
                  "component",
                  "ENERGY",
                  "kind",
                  "SETTLEMENT",
                  "lines",
                  3L,
                  "quantity",
                  "1500.25",
                  "amount",
                  "1234567.891"));
        }

        @Override
        public List<Map<String, Object>> energyByWindow(long runId) {
          return List.of(
              row("operator_id", "OP1", "window_class", "PEAK", "kwh", "100", "amount", "100.44"),
              row("operator_id", "OP1", "window_class", "VALLEY", "kwh", "50", "amount", "19.73"),
              row("operator_id", "OP2", "window_class", "PEAK", "kwh", "10", "amount", "10.044"));
        }

        @Override
        public List<Map<String, Object>> subsidies(long runId) {
          return List.of(
              row("operator_id", "OP1", "subsidised_kwh", "20", "subsidy", "4", "withheld", "2"),
              row("operator_id", "OP2", "subsidised_kwh", "10", "subsidy", "2", "withheld", "0"));
        }

        @Override
        public List<Map<String, Object>> operatorMeasures(long runId) {
          return List.of(
              row(
                  "operator_id",
                  "OP1",
                  "measure",
                  "sessions not subsidised",
                  "subject",
                  "late report",
                  "measured",
                  "3",
                  "target",
                  null),
              row(
                  "operator_id",
                  "OP1",
                  "measure",
                  "subsidy capped kWh",
                  "subject",
                  "over the annual cap",
                  "measured",
                  "5",
                  "target",
                  null),
              row(
                  "operator_id",
                  "OP1",
                  "measure",
                  "valley share percent",
                  "subject",
                  "private posts",
                  "measured",
                  "33.33",
                  "target",
                  "40"),
              row(
                  "operator_id",
                  "OP2",
                  "measure",
                  "sessions not subsidised",
                  "subject",
                  "late report and no station rating",
                  "measured",
                  "1",
                  "target",
                  null));
        }

        @Override
        public List<Map<String, Object>> violations(long runId) {
          return List.of();
        }
      };

  private XSSFWorkbook written() throws Exception {
    return written(DATA);
  }

  private XSSFWorkbook written(RunReportData data) throws Exception {
    Path file = dir.resolve("regulator.xlsx");
    var figures =
        List.of(
            KeyFigure.text("run", RUN.runId()),
            KeyFigure.amount("ENERGY, settlement lines", new BigDecimal("1234567.891"), KWD),
            KeyFigure.count("lines", 3));
    var inputs =
        new RegulatorWorkbook.PeriodInputs(
            List.of(row("party_id", "OP1", "file_name", "sessions.csv", "accepted", 12000L)),
            List.of());
    new RegulatorWorkbook().write(file, RUN, KWD, data, figures, inputs);
    return new XSSFWorkbook(file.toFile());
  }

  @Test
  void opensOnTheRunsKeyFiguresWithAmountsInTheirCurrency() throws Exception {
    try (var wb = written()) {
      assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("Summary");
      assertThat(wb.getActiveSheetIndex()).isZero();
      var summary = wb.getSheet("Summary");
      assertThat(summary.getRow(0).getCell(1).getStringCellValue()).isEqualTo("2026-10-INITIAL");
      var energy = summary.getRow(1).getCell(1);
      assertThat(energy.getNumericCellValue()).isEqualTo(1234567.891);
      assertThat(energy.getCellStyle().getDataFormatString()).isEqualTo("#,##0.000 \"KWD\"");
      var shown = new DataFormatter(java.util.Locale.ROOT);
      assertThat(shown.formatCellValue(energy)).isEqualTo("1,234,567.891 KWD");
      assertThat(shown.formatCellValue(summary.getRow(2).getCell(1))).isEqualTo("3");
      // 17 characters, with 3 of margin: 20 characters of 256ths
      assertThat(summary.getColumnWidth(1)).isEqualTo(20 * 256);
    }
  }

  @Test
  void tablesHaveFormattedNumbersFrozenFilterableHeadersAndPrintOnA4Landscape() throws Exception {
    try (var wb = written()) {
      var totals = wb.getSheet("Totals by operator");
      var amount = totals.getRow(1).getCell(5);
      assertThat(amount.getNumericCellValue()).isEqualTo(1234567.891);
      assertThat(amount.getCellStyle().getDataFormatString()).isEqualTo("#,##0.000 \"KWD\"");
      assertThat(totals.getRow(1).getCell(4).getCellStyle().getDataFormatString())
          .isEqualTo("#,##0.000");
      assertThat(totals.getRow(1).getCell(3).getCellStyle().getDataFormatString())
          .isEqualTo("#,##0");
      assertThat(
              wb.getSheet("Data quality").getRow(1).getCell(5).getCellStyle().getDataFormatString())
          .isEqualTo("#,##0");
      // one header row and one operator's row
      assertTable(totals, "A1:F2");
      // three rows of operator and window class; the grid below is not filtered
      assertTable(wb.getSheet("Energy by window"), "A1:D4");
      assertTable(wb.getSheet("Subsidies"), "A1:E3");
      assertTable(wb.getSheet("Compliance"), "A1:E1");
      for (Sheet sheet : wb) {
        PrintSetup print = sheet.getPrintSetup();
        assertThat(print.getPaperSize())
            .as(sheet.getSheetName())
            .isEqualTo(PrintSetup.A4_PAPERSIZE);
        assertThat(print.getLandscape()).as(sheet.getSheetName()).isTrue();
        assertThat(print.getFitWidth()).as(sheet.getSheetName()).isEqualTo((short) 1);
        assertThat(sheet.getFitToPage()).as(sheet.getSheetName()).isTrue();
      }
    }
  }

  private static void assertTable(XSSFSheet sheet, String filtered) {
    assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo(filtered);
    var pane = sheet.getPaneInformation();
    assertThat(pane.isFreezePane()).isTrue();
    assertThat(pane.getHorizontalSplitTopRow()).isEqualTo((short) 1);
    assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("1:1");
  }

  @Test
  void subsidiesShowWhatWasCappedAndEachRefusedSessionOnce() throws Exception {
    try (var wb = written()) {
      var subsidies = wb.getSheet("Subsidies");
      var shown = new DataFormatter(java.util.Locale.ROOT);
      List<String> rows = new java.util.ArrayList<>();
      for (var row : subsidies) {
        List<String> cells = new java.util.ArrayList<>();
        row.forEach(c -> cells.add(shown.formatCellValue(c)));
        rows.add(String.join(" | ", cells));
      }
      assertThat(rows)
          .containsExactly(
              "operator | subsidised kWh | subsidy paid | withheld | over the cap kWh",
              "OP1 | 20.000 | 4.000 KWD | 2.000 KWD | 5.000",
              "OP2 | 10.000 | 2.000 KWD | 0.000 KWD | 0.000",
              "operator | not subsidised because | sessions",
              "OP1 | late report | 3",
              "OP2 | late report and no station rating | 1");
    }
  }

  @Test
  void chartsEnergyByWindowClassPerOperatorAndSubsidies() throws Exception {
    try (var wb = written()) {
      List<XSSFChart> energy = wb.getSheet("Energy by window").getDrawingPatriarch().getCharts();
      assertThat(energy).hasSize(1);
      // a series per window class, a category per operator: OP1 and OP2
      assertThat(seriesTitles(energy.get(0))).containsExactly("PEAK", "VALLEY");
      assertThat(
              energy.get(0).getChartSeries().get(0).getSeries(0).getCategoryData().getPointCount())
          .isEqualTo(2);
      // OP2 charged nothing in the valley: its zero is charted, not left out
      assertThat(energy.get(0).getChartSeries().get(0).getSeries(1).getValuesData().getPointAt(1))
          .isEqualTo(0.0);
      List<XSSFChart> subsidies = wb.getSheet("Subsidies").getDrawingPatriarch().getCharts();
      assertThat(subsidies).hasSize(2);
      assertThat(seriesTitles(subsidies.get(0))).containsExactly("paid", "withheld");
      assertThat(seriesTitles(subsidies.get(1))).containsExactly("subsidised", "over the cap");
      assertThat(
              subsidies.get(0).getChartSeries().get(0).getSeries(0).getValuesData().getPointAt(0))
          .isEqualTo(4.0);
    }
  }

  @Test
  void priceChecksOfOcpiCdrsAreListedWhenAPackReportsThem() throws Exception {
    try (var wb = written()) {
      assertThat(wb.getSheet(RegulatorWorkbook.PRICE_CHECKS)).isNull();
    }
    RunReportData withPriceChecks =
        new RunReportData(new JdbcTemplate()) {
          @Override
          public List<Map<String, Object>> totalsByOperator(long runId) {
            return DATA.totalsByOperator(runId);
          }

          @Override
          public List<Map<String, Object>> energyByWindow(long runId) {
            return DATA.energyByWindow(runId);
          }

          @Override
          public List<Map<String, Object>> subsidies(long runId) {
            return DATA.subsidies(runId);
          }

          @Override
          public List<Map<String, Object>> operatorMeasures(long runId) {
            List<Map<String, Object>> measures = new java.util.ArrayList<>();
            measures.addAll(DATA.operatorMeasures(runId));
            measures.add(
                row(
                    "operator_id",
                    "OP1",
                    "measure",
                    "price check CDRs",
                    "subject",
                    "stated total differs from the tariff",
                    "measured",
                    "2",
                    "target",
                    null));
            measures.add(
                row(
                    "operator_id",
                    "OP1",
                    "measure",
                    "price check difference incl. VAT",
                    "subject",
                    "stated total differs from the tariff",
                    "measured",
                    "0.75",
                    "target",
                    null));
            return measures;
          }

          @Override
          public List<Map<String, Object>> violations(long runId) {
            return List.of();
          }
        };
    try (var wb = written(withPriceChecks)) {
      var checks = wb.getSheet(RegulatorWorkbook.PRICE_CHECKS);
      var shown = new DataFormatter(java.util.Locale.ROOT);
      List<String> rows = new java.util.ArrayList<>();
      for (var row : checks) {
        List<String> cells = new java.util.ArrayList<>();
        row.forEach(c -> cells.add(shown.formatCellValue(c)));
        rows.add(String.join(" | ", cells));
      }
      assertThat(rows)
          .containsExactly(
              "operator | measure | finding | value",
              "OP1 | price check CDRs | stated total differs from the tariff | 2",
              "OP1 | price check difference incl. VAT | stated total differs from the tariff"
                  + " | 0.75");
      assertTable(checks, "A1:D3");
    }
  }

  private static List<String> seriesTitles(XSSFChart chart) {
    var bars = chart.getCTChart().getPlotArea().getBarChartArray(0);
    List<String> titles = new java.util.ArrayList<>();
    for (var series : bars.getSerArray()) {
      titles.add(series.getTx().getV());
    }
    return titles;
  }
}
