package org.evsettle.integrations.ocpi;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Currency;
import java.util.Set;
import org.evsettle.integrations.csv.FieldProblem;
import org.evsettle.settlement.domain.RejectionCode;

/**
 * Checks of one field of an OCPI object, by its path ({@code cdr_token.uid}, {@code
 * charging_periods[0].dimensions[1].type}): present, of its JSON type, within its OCPI length, one
 * of its enum's values. A failed check throws a {@link FieldProblem} naming the path.
 */
final class OcpiChecks {

  private OcpiChecks() {}

  /** The field's value; a missing field and a JSON null are both missing. */
  static JsonNode required(JsonNode parent, String path, String name) {
    JsonNode value = parent.get(name);
    if (value == null || value.isNull()) {
      throw FieldProblem.missing(path + name);
    }
    return value;
  }

  static JsonNode object(JsonNode parent, String path, String name) {
    JsonNode value = required(parent, path, name);
    if (!value.isObject()) {
      throw wrongType(path + name, value, "an object");
    }
    return value;
  }

  /** An array of at least {@code min} elements. */
  static JsonNode array(JsonNode parent, String path, String name, int min) {
    JsonNode value = required(parent, path, name);
    if (!value.isArray()) {
      throw wrongType(path + name, value, "an array");
    }
    if (value.size() < min) {
      throw new FieldProblem(
          RejectionCode.MISSING_FIELD,
          path + name,
          "required field " + path + name + " holds no element (at least " + min + " needed)");
    }
    return value;
  }

  /** A string of 1 to {@code maxLength} characters. */
  static String text(JsonNode parent, String path, String name, int maxLength) {
    JsonNode value = required(parent, path, name);
    if (!value.isTextual()) {
      throw wrongType(path + name, value, "a string");
    }
    String text = value.asText();
    if (text.isEmpty()) {
      throw FieldProblem.missing(path + name);
    }
    if (text.length() > maxLength) {
      throw FieldProblem.tooLong(path + name, text, maxLength);
    }
    return text;
  }

  /** An optional string: null when absent, else checked as {@link #text}. */
  static String optionalText(JsonNode parent, String path, String name, int maxLength) {
    JsonNode value = parent.get(name);
    return value == null || value.isNull() ? null : text(parent, path, name, maxLength);
  }

  static String oneOf(JsonNode parent, String path, String name, Set<String> values) {
    String text = text(parent, path, name, 64);
    if (!values.contains(text)) {
      throw FieldProblem.unparsable(path + name, text, "one of " + new java.util.TreeSet<>(values));
    }
    return text;
  }

  static BigDecimal number(JsonNode parent, String path, String name) {
    JsonNode value = required(parent, path, name);
    if (!value.isNumber()) {
      throw wrongType(path + name, value, "a number");
    }
    return value.decimalValue();
  }

  static int integer(JsonNode parent, String path, String name) {
    JsonNode value = required(parent, path, name);
    if (!value.isIntegralNumber() || !value.canConvertToInt()) {
      throw wrongType(path + name, value, "a whole number");
    }
    return value.intValue();
  }

  static boolean optionalBoolean(JsonNode parent, String path, String name) {
    JsonNode value = parent.get(name);
    if (value == null || value.isNull()) {
      return false;
    }
    if (!value.isBoolean()) {
      throw wrongType(path + name, value, "true or false");
    }
    return value.booleanValue();
  }

  static Currency currency(JsonNode parent, String path, String name) {
    String code = text(parent, path, name, 3);
    try {
      return Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw FieldProblem.unparsable(path + name, code, "an ISO 4217 currency code, like CNY");
    }
  }

  /** An OCPI DateTime: RFC 3339 in UTC ({@code Z} or {@code +00:00}; none means UTC). */
  static Instant dateTime(JsonNode parent, String path, String name) {
    String text = text(parent, path, name, 64);
    try {
      TemporalAccessor parsed =
          DateTimeFormatter.ISO_DATE_TIME.parseBest(
              text, OffsetDateTime::from, LocalDateTime::from);
      if (parsed instanceof OffsetDateTime offset) {
        if (!offset.getOffset().equals(ZoneOffset.UTC)) {
          throw notUtc(path + name, text);
        }
        return offset.toInstant();
      }
      return ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw notUtc(path + name, text);
    }
  }

  private static FieldProblem notUtc(String field, String text) {
    return FieldProblem.unparsable(
        field, text, "an RFC 3339 timestamp in UTC, like 2026-10-01T14:30:00Z");
  }

  private static FieldProblem wrongType(String field, JsonNode value, String expected) {
    return new FieldProblem(
        RejectionCode.UNPARSABLE,
        field,
        field + " is " + value.getNodeType().name().toLowerCase() + ", expected " + expected);
  }
}
