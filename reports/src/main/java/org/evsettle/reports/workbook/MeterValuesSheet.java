package org.evsettle.reports.workbook;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.xssf.streaming.DeferredSXSSFSheet;
import org.evsettle.settlement.domain.MeterVerdict;

/**
 * The auditor's sheet of the verdicts on sessions' signed meter values (OCMF) that the run's rules
 * checked: a WITHHELD line of a session names it as its record, and here is what the verifier found
 * (verdict, reason) beside the energy the meter signed and the energy reported.
 */
final class MeterValuesSheet {

  static final String NAME = "Meter values";

  /** The columns of kWh. */
  static final int SIGNED_KWH_COLUMN = 6;

  static final int REPORTED_KWH_COLUMN = 7;

  static final List<String> HEADER =
      List.of(
          "operator_id",
          "session_id",
          "session_version",
          "charger_id",
          "verdict",
          "reason",
          "signed_kwh",
          "reported_kwh");

  /** Writes a row of values, each cell in its column's style. */
  interface StyledRowWriter {
    void write(int row, Object[] values, int[] styles) throws IOException;
  }

  private MeterValuesSheet() {}

  /**
   * Lays out {@code sheet} (column widths from the first verdicts, a filtered table) and has it
   * generate its rows from {@code meterVerdicts} when the workbook is written.
   */
  static void add(
      DeferredSXSSFSheet sheet,
      WorkbookStyles styles,
      int rowsPerSheet,
      Iterator<MeterVerdict> meterVerdicts,
      StyledRowWriter writer) {
    var widths = new ColumnWidths();
    widths.seeAll(HEADER);
    int[] cellStyles = new int[HEADER.size()];
    cellStyles[SIGNED_KWH_COLUMN] = styles.quantity().getIndex();
    cellStyles[REPORTED_KWH_COLUMN] = styles.quantity().getIndex();
    Iterator<MeterVerdict> verdicts =
        SharedTexts.sampled(
            meterVerdicts,
            v -> {
              Object[] values = values(v);
              for (int c = 0; c < values.length; c++) {
                widths.see(c, values[c], cellStyles[c] == 0 ? null : styles.quantity());
              }
            });
    widths.applyTo(sheet);
    SheetLayout.table(sheet, 0, rowsPerSheet, HEADER.size());
    sheet.setRowGenerator(
        s ->
            PeriodSourcesSheet.writeListing(
                s,
                styles.header(),
                HEADER,
                rowsPerSheet,
                verdicts,
                MeterValuesSheet::values,
                "more verdicts than a sheet holds; the rest are not listed",
                (row, values) -> writer.write(row, values, cellStyles)));
  }

  /** A verdict's cells, in the columns of {@link #HEADER}. */
  static Object[] values(MeterVerdict v) {
    return new Object[] {
      v.operatorId(),
      v.sessionId(),
      v.sessionVersion(),
      v.chargerId(),
      v.verdict(),
      v.reason(),
      v.signedKwh(),
      v.reportedKwh()
    };
  }
}
