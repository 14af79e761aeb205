package org.evsettle.integrations.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.apache.commons.io.input.BOMInputStream;

/**
 * The data rows of a CSV file, streamed: UTF-8 (a BOM is skipped, invalid bytes are an error, not
 * replaced), a header row, RFC 4180 quoting, blank lines skipped. Each row comes with the physical
 * line it starts on.
 */
public final class CsvRows implements Closeable, Iterable<CsvRows.Row> {

  /** A data row and the physical line where it starts. */
  public record Row(CSVRecord record, long line) {}

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .setAllowMissingColumnNames(true)
          .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_EMPTY)
          .setIgnoreEmptyLines(false)
          .setTrim(true)
          .get();

  private final LineTrackingReader reader;
  private final CSVParser parser;

  public CsvRows(InputStream in) throws IOException {
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    var withoutBom = BOMInputStream.builder().setInputStream(in).get();
    this.reader = new LineTrackingReader(new InputStreamReader(withoutBom, decoder));
    this.parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
  }

  public List<String> header() {
    return parser.getHeaderNames();
  }

  /** The trimmed value of a column, or null when the column is absent, short or empty. */
  public static String cell(CSVRecord record, String column) {
    if (!record.isMapped(column) || !record.isSet(column)) {
      return null;
    }
    String v = record.get(column);
    return v == null || v.isEmpty() ? null : v;
  }

  @Override
  public Iterator<Row> iterator() {
    Iterator<CSVRecord> records = parser.iterator();
    return new Iterator<>() {
      private Row next;

      @Override
      public boolean hasNext() {
        while (next == null) {
          if (!nextRecord(records)) {
            return false;
          }
        }
        return true;
      }

      private boolean nextRecord(Iterator<CSVRecord> it) {
        if (!it.hasNext()) {
          return false;
        }
        CSVRecord record = it.next();
        if (record.size() == 1 && record.get(0).isEmpty()) {
          return true; // a blank line is not a data row
        }
        next = new Row(record, reader.lineAt(record.getCharacterPosition()));
        return true;
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Row row = next;
        next = null;
        return row;
      }
    };
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
