package org.evsettle.integrations.profile;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.evsettle.integrations.csv.CsvRows;
import org.evsettle.integrations.csv.FieldProblem;
import org.evsettle.integrations.csv.RowFields;

/**
 * A row of a foreign file read through an import profile. Local timestamps are placed in the
 * profile's zone; a local time that does not exist there (the hour skipped when clocks go forward)
 * is rejected rather than guessed, and a repeated hour takes the earlier offset.
 */
public final class ProfileRowFields extends RowFields {

  private final CSVRecord record;
  private final CompiledProfile profile;
  private final String senderId;

  public ProfileRowFields(CSVRecord record, long line, CompiledProfile profile, String senderId) {
    super(line);
    this.record = record;
    this.profile = profile;
    this.senderId = senderId;
  }

  @Override
  public Map<String, String> columns() {
    return record.toMap();
  }

  @Override
  protected String value(String field) {
    FieldMapping m = profile.mapping(field);
    if (m == null) {
      return null;
    }
    String v;
    if (m.value() != null) {
      v = FieldMapping.SENDER.equals(m.value()) ? senderId : m.value();
    } else if (m.column() != null) {
      v = CsvRows.cell(record, m.column());
    } else if (m.columns() != null) {
      v = joined(m);
    } else {
      v = m.fill(column -> CsvRows.cell(record, column));
    }
    if (v != null && m.map() != null) {
      String mapped = m.map().get(v);
      if (mapped == null) {
        throw FieldProblem.unparsable(field, v, "one of " + m.map().keySet());
      }
      v = mapped;
    }
    return v;
  }

  private String joined(FieldMapping m) {
    StringBuilder sb = new StringBuilder();
    for (String column : m.columns()) {
      String part = CsvRows.cell(record, column);
      if (part == null) {
        return null;
      }
      if (!sb.isEmpty()) {
        sb.append(' ');
      }
      sb.append(part);
    }
    return sb.toString();
  }

  @Override
  protected Instant parseInstant(String field, String text) {
    DateTimeFormatter format = profile.formatter(field);
    if (format == null) {
      return super.parseInstant(field, text);
    }
    TemporalAccessor parsed;
    try {
      parsed = format.parse(text);
    } catch (DateTimeException e) {
      throw FieldProblem.unparsable(field, text, "a timestamp like " + pattern(field));
    }
    if (parsed.query(TemporalQueries.offset()) != null) {
      return ZonedDateTime.from(parsed).toInstant();
    }
    LocalDateTime local = LocalDateTime.from(parsed);
    ZoneId zone = profile.zone();
    if (zone == null) {
      throw FieldProblem.unparsable(field, text, "a time zone: the import profile names none");
    }
    if (zone.getRules().getValidOffsets(local).isEmpty()) {
      throw new FieldProblem(
          org.evsettle.settlement.domain.RejectionCode.UNPARSABLE,
          field,
          field + " '" + text + "' does not exist in " + zone + " (the clocks went forward)");
    }
    return ZonedDateTime.ofLocal(local, zone, null).toInstant();
  }

  @Override
  protected LocalDate parseDate(String field, String text) {
    DateTimeFormatter format = profile.formatter(field);
    if (format == null) {
      return super.parseDate(field, text);
    }
    try {
      return LocalDate.parse(text, format);
    } catch (DateTimeException e) {
      throw FieldProblem.unparsable(field, text, "a date like " + pattern(field));
    }
  }

  @Override
  protected BigDecimal toCanonicalUnit(String field, BigDecimal value) {
    return value.multiply(profile.unitFactor(field));
  }

  private String pattern(String field) {
    return profile.mapping(field).format();
  }
}
