package org.evsettle.integrations.csv;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;

/**
 * The fields of one data row, read by canonical field name ({@code started_at}, {@code
 * energy_kwh}). Subclasses say where a field's text comes from (a column of the same name, or an
 * import profile's mapping) and how its timestamps and units are written; the typed readers here
 * turn text into values or a {@link FieldProblem} that names the field and says what was expected.
 */
public abstract class RowFields {

  private final long line;

  protected RowFields(long line) {
    this.line = line;
  }

  /** The physical line of the file where this row starts; the header is line 1. */
  public long line() {
    return line;
  }

  /** The row as read, column by column, for the quarantine. */
  public abstract Map<String, String> columns();

  /** The field's text, trimmed, or {@code null} when it is empty or absent. */
  protected abstract String value(String field);

  public boolean isMissing(String field) {
    return value(field) == null;
  }

  public String text(String field) {
    return value(field);
  }

  public String requiredText(String field) {
    String v = value(field);
    if (v == null) {
      throw FieldProblem.missing(field);
    }
    return v;
  }

  public Instant instant(String field) {
    String v = value(field);
    return v == null ? null : parseInstant(field, v);
  }

  /** Canonical timestamps are ISO-8601 with an offset. */
  protected Instant parseInstant(String field, String text) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw FieldProblem.unparsable(
          field, text, "an ISO-8601 timestamp with an offset, like 2026-10-01T23:30:00+08:00");
    }
  }

  public LocalDate date(String field) {
    String v = value(field);
    return v == null ? null : parseDate(field, v);
  }

  protected LocalDate parseDate(String field, String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw FieldProblem.unparsable(field, text, "a date like 2026-12-31");
    }
  }

  /** A decimal number in the canonical unit of the field (kWh, kW). */
  public BigDecimal decimal(String field) {
    String v = value(field);
    if (v == null) {
      return null;
    }
    try {
      return toCanonicalUnit(field, new BigDecimal(v));
    } catch (NumberFormatException e) {
      throw FieldProblem.unparsable(field, v, "a number with '.' as decimal point");
    }
  }

  protected BigDecimal toCanonicalUnit(String field, BigDecimal value) {
    return value;
  }

  public Integer integer(String field) {
    String v = value(field);
    if (v == null) {
      return null;
    }
    try {
      return Integer.valueOf(v);
    } catch (NumberFormatException e) {
      throw FieldProblem.unparsable(field, v, "a whole number");
    }
  }

  public Boolean bool(String field) {
    String v = value(field);
    if (v == null) {
      return null;
    }
    return switch (v.toLowerCase(Locale.ROOT)) {
      case "true", "yes", "1" -> Boolean.TRUE;
      case "false", "no", "0" -> Boolean.FALSE;
      default -> throw FieldProblem.unparsable(field, v, "true or false");
    };
  }

  /** An ISO 4217 currency code ({@code CNY}, {@code GBP}). */
  public Currency currency(String field) {
    String v = value(field);
    if (v == null) {
      return null;
    }
    try {
      return Currency.getInstance(v.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw FieldProblem.unparsable(field, v, "an ISO 4217 currency code, like CNY");
    }
  }

  public <E extends Enum<E>> E enumValue(String field, Class<E> type) {
    String v = value(field);
    if (v == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw FieldProblem.unparsable(
          field, v, "one of " + java.util.Arrays.toString(type.getEnumConstants()));
    }
  }
}
