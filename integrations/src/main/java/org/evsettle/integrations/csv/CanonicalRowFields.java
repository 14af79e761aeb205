package org.evsettle.integrations.csv;

import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/** A row of a canonical file: each field is the column of the same name. */
public final class CanonicalRowFields extends RowFields {

  private final CSVRecord record;

  public CanonicalRowFields(CSVRecord record, long line) {
    super(line);
    this.record = record;
  }

  @Override
  public Map<String, String> columns() {
    return record.toMap();
  }

  @Override
  protected String value(String field) {
    return CsvRows.cell(record, field);
  }
}
