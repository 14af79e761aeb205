package org.evsettle.reports.workbook;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.evsettle.settlement.ledger.PeriodSource;

/**
 * The auditor's sheet of the sessions each period-wide line was computed from: a line of a card, a
 * site or a dispatch event names its subject; here are the sessions behind its total, with their
 * version, charger, start (UTC) and kWh.
 */
final class PeriodSourcesSheet {

  /** The column of the sessions' and readings' kWh. */
  static final int KWH_COLUMN = 9;

  static final List<String> HEADER =
      List.of(
          "record_type",
          "record_id",
          "operator_id",
          "source_type",
          "source_id",
          "source_version",
          "charger_id",
          "charger_access",
          "started_at",
          "kwh");

  /** Writes a values row ({@code CellAtOnceSheetDataWriter#writeValues}) at the next row. */
  interface RowWriter {
    void write(int row, Object[] values) throws IOException;
  }

  private PeriodSourcesSheet() {}

  static void write(
      SXSSFSheet sheet,
      CellStyle bold,
      int rowsPerSheet,
      Iterator<PeriodSource> sources,
      RowWriter writer)
      throws IOException {
    writeListing(
        sheet,
        bold,
        HEADER,
        rowsPerSheet,
        sources,
        PeriodSourcesSheet::values,
        "more sources than a sheet holds; the rest are not listed",
        writer);
  }

  /**
   * Writes {@code header}, then a row of {@code values} for each item; when they do not all fit,
   * the sheet's last row says so instead of the rest.
   */
  static <T> void writeListing(
      SXSSFSheet sheet,
      CellStyle bold,
      List<String> header,
      int rowsPerSheet,
      Iterator<T> items,
      java.util.function.Function<T, Object[]> values,
      String overflowNote,
      RowWriter writer)
      throws IOException {
    int row = Sheets.header(sheet, 0, bold, header);
    sheet.flushRows(0);
    while (items.hasNext()) {
      T item = items.next();
      if (row == rowsPerSheet && items.hasNext()) {
        // never silently short: the sheet's last row tells the auditor it could not hold them all
        writer.write(row, new Object[] {overflowNote});
        return;
      }
      writer.write(row++, values.apply(item));
    }
  }

  /** A source's cells, in the columns of {@link #HEADER}. */
  static Object[] values(PeriodSource s) {
    return new Object[] {
      s.subjectType().label(),
      s.subject(),
      s.operatorId(),
      s.sourceType(),
      s.sourceId(),
      s.version(),
      s.chargerId(),
      s.access() == null ? null : s.access().name(),
      s.startedAt().toString(),
      s.kwh()
    };
  }
}
