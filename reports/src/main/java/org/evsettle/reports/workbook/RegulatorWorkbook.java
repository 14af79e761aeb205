package org.evsettle.reports.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.evsettle.settlement.ledger.RunReportData;
import org.evsettle.settlement.ledger.SettlementRun;

/**
 * The regulator's workbook of a run: it opens on the run's key figures, then totals by operator and
 * component, energy by window class with a chart, the valley share, subsidies paid, withheld and
 * capped and sessions not subsidised (charted), compliance violations with requirement and
 * reference, registered sites' peaks against their limits, the carbon of charging, the checks of
 * OCPI CDRs' stated prices against their tariffs, and the data quality of the period's inputs.
 * Aggregates only, so it is small whatever the size of the run.
 */
public final class RegulatorWorkbook {

  /** The sheet of OCPI price checks, when a pack reports any ("price check ..." measures). */
  public static final String PRICE_CHECKS = "Price checks";

  /**
   * The period's received files and their rejected rows by reason, as the data quality sheet lists
   * them (see {@link RunReportData#inputFiles(long)}).
   */
  public record PeriodInputs(
      List<Map<String, Object>> files, List<Map<String, Object>> rejectedRowsByReason) {}

  public void write(
      Path file,
      SettlementRun run,
      Currency currency,
      RunReportData data,
      List<KeyFigure> keyFigures,
      PeriodInputs inputs) {
    long runId = run.id();
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      var styles = new WorkbookStyles(wb);
      var summary = wb.createSheet(SummarySheet.NAME);
      SummarySheet.write(summary, styles, keyFigures);
      SummarySheet.layOut(summary, styles, keyFigures);

      table(
          wb.createSheet("Totals by operator"),
          styles,
          List.of("operator_id", "component", "kind", "lines", "quantity", "amount"),
          List.of("operator", "component", "kind", "lines", "quantity", "amount"),
          data.totalsByOperator(runId),
          Arrays.asList(
              null, null, null, styles.count(), styles.quantity(), styles.amount(currency)));

      var energy = wb.createSheet(EnergyByWindowSheet.NAME);
      layOut(
          energy,
          0,
          EnergyByWindowSheet.write(energy, styles, currency, data.energyByWindow(runId)),
          4);

      var measures = data.operatorMeasures(runId);
      table(
          wb.createSheet("Valley share"),
          styles,
          List.of("operator_id", "subject", "measured", "target"),
          List.of("operator", "posts", "valley share %", "target %"),
          measured(measures, "valley share percent"),
          List.of());

      var sites = measured(measures, "site peak kW");
      if (!sites.isEmpty()) {
        // registered sites' 15-minute peaks, from meter readings or sessions, against their limit
        table(
            wb.createSheet("Site demand"),
            styles,
            List.of("operator_id", "subject", "measured", "target"),
            List.of("operator", "site", "peak kW (15 min)", "limit kW"),
            sites,
            List.of());
      }

      var carbon = measuredStartingWith(measures, "carbon ");
      if (!carbon.isEmpty()) {
        // reported, not paid: kg CO2 of charging from the utilities' hourly intensity, and the
        // share of it in each utility's lowest-carbon quarter of the period's hours
        table(
            wb.createSheet("Carbon"),
            styles,
            List.of("operator_id", "measure", "subject", "measured"),
            List.of("operator", "measure", "of", "value"),
            carbon,
            List.of());
      }

      var priceChecks = measuredStartingWith(measures, "price check ");
      if (!priceChecks.isEmpty()) {
        // reported, not paid: CDRs whose stated total cost was checked against their tariff, by
        // finding (matching, differing, not priced and why), and the sum of the differences
        table(
            wb.createSheet(PRICE_CHECKS),
            styles,
            List.of("operator_id", "measure", "subject", "measured"),
            List.of("operator", "measure", "finding", "value"),
            priceChecks,
            List.of());
      }

      var subsidies = wb.createSheet(SubsidiesSheet.NAME);
      layOut(
          subsidies,
          0,
          SubsidiesSheet.write(subsidies, styles, currency, data.subsidies(runId), measures),
          5);

      table(
          wb.createSheet("Compliance"),
          styles,
          List.of("operator_id", "charger_id", "requirement", "reference", "detail"),
          List.of("operator", "charger", "requirement", "reference", "finding"),
          data.violations(runId),
          List.of());

      var quality = wb.createSheet("Data quality");
      int q =
          Sheets.table(
              quality,
              0,
              styles,
              Sheets.INPUT_FILE_COLUMNS,
              Sheets.INPUT_FILE_LABELS,
              inputs.files(),
              Sheets.inputFileStyles(styles));
      Sheets.table(
          quality,
          q + 1,
          styles,
          List.of("party_id", "code", "rows_rejected"),
          List.of("sender", "rejected because", "rows"),
          inputs.rejectedRowsByReason(),
          Arrays.asList(null, null, styles.count()));
      layOut(quality, 0, q - 1, Sheets.INPUT_FILE_COLUMNS.size());

      wb.setActiveSheet(0);
      wb.setSelectedTab(0);
      Files.createDirectories(file.getParent());
      try (OutputStream out = Files.newOutputStream(file)) {
        wb.write(out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private static List<Map<String, Object>> measured(
      List<Map<String, Object>> measures, String measure) {
    return measures.stream().filter(m -> measure.equals(Sheets.get(m, "measure"))).toList();
  }

  private static List<Map<String, Object>> measuredStartingWith(
      List<Map<String, Object>> measures, String prefix) {
    return measures.stream()
        .filter(m -> String.valueOf(Sheets.get(m, "measure")).startsWith(prefix))
        .toList();
  }

  /** A sheet that is one table, laid out. */
  private static void table(
      Sheet sheet,
      WorkbookStyles styles,
      List<String> columns,
      List<String> labels,
      List<Map<String, Object>> rows,
      List<org.apache.poi.ss.usermodel.CellStyle> columnStyles) {
    int next = Sheets.table(sheet, 0, styles, columns, labels, rows, columnStyles);
    layOut(sheet, 0, next - 1, columns.size());
  }

  /**
   * Widths to fit every cell, the header of the table from {@code headerRow} to {@code lastRow}
   * frozen and filterable, printed on A4 landscape.
   */
  static void layOut(Sheet sheet, int headerRow, int lastRow, int columns) {
    var widths = new ColumnWidths();
    widths.seeCells(sheet);
    widths.applyTo(sheet);
    SheetLayout.table(sheet, headerRow, lastRow, columns);
  }
}
