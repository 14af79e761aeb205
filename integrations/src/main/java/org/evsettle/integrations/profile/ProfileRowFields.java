package org.evsettle.integrations.profile;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.evsettle.integrations.csv.CsvRows;
import org.evsettle.integrations.csv.FieldProblem;
import org.evsettle.integrations.csv.RowFields;
import org.evsettle.settlement.domain.RejectionCode;

/**
 * A row of a foreign file read through an import profile. Local timestamps are placed in the row's
 * own zone (the profile's zone column) or the profile's zone; a local time that does not exist
 * there (the hour skipped when clocks go forward) is rejected rather than guessed, and a repeated
 * hour takes the earlier offset.
 */
public final class ProfileRowFields extends RowFields {

  private static final TimestampPattern ISO = TimestampPattern.iso();

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

  /**
   * A value with its own offset or zone is read as it says. A local one is placed in the row's zone
   * (the profile's zone column) if it has one, else in the profile's zone; without either the row
   * is rejected, as the instant cannot be known.
   */
  @Override
  protected Instant parseInstant(String field, String text) {
    TimestampPattern pattern = profile.pattern(field);
    TimestampPattern.Read read;
    try {
      read = (pattern == null ? ISO : pattern).readTimestamp(text);
      if (read.ownZone() != null) {
        return read.zoned().toInstant();
      }
    } catch (DateTimeException e) {
      throw FieldProblem.unparsable(
          field,
          text,
          pattern == null
              ? "an ISO-8601 timestamp, like 2026-10-01T23:30:00+08:00"
              : "a timestamp like " + pattern.pattern());
    }
    ZoneId zone = rowZone(field);
    if (zone == null) {
      throw new FieldProblem(
          RejectionCode.UNPARSABLE,
          field,
          field
              + " '"
              + text
              + "' has no offset, and the import profile names no zone to place it in");
    }
    LocalDateTime local = read.local();
    if (zone.getRules().getValidOffsets(local).isEmpty()) {
      throw new FieldProblem(
          RejectionCode.UNPARSABLE,
          field,
          field + " '" + text + "' does not exist in " + zone + " (the clocks went forward)");
    }
    return ZonedDateTime.ofLocal(local, zone, null).toInstant();
  }

  /** The zone of the row's zone column if it has one, else the profile's (may be null). */
  private ZoneId rowZone(String field) {
    String column = profile.zoneColumn();
    String name = column == null ? null : CsvRows.cell(record, column);
    if (name == null) {
      return profile.zone();
    }
    ZoneId named = profile.zoneNamed(name);
    if (named != null) {
      return named;
    }
    try {
      return ZoneId.of(name);
    } catch (DateTimeException e) {
      throw new FieldProblem(
          RejectionCode.UNPARSABLE,
          field,
          "the zone '"
              + name
              + "' of column "
              + column
              + " is unknown: expected "
              + (profile.zoneNames().isEmpty() ? "" : "one of " + profile.zoneNames() + ", ")
              + "an offset like -07:00 or a zone like America/Denver");
    }
  }

  @Override
  protected LocalDate parseDate(String field, String text) {
    TimestampPattern pattern = profile.pattern(field);
    if (pattern == null) {
      return super.parseDate(field, text);
    }
    try {
      return pattern.readDate(text);
    } catch (DateTimeException e) {
      throw FieldProblem.unparsable(field, text, "a date like " + pattern.pattern());
    }
  }

  @Override
  protected BigDecimal toCanonicalUnit(String field, BigDecimal value) {
    return value.multiply(profile.unitFactor(field));
  }
}
