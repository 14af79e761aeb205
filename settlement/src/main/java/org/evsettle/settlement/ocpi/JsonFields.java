package org.evsettle.settlement.ocpi;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One JSON object of an OCPI document, read field by field; every failure names the field by its
 * path from the document's root. Unknown fields are ignored, as OCPI asks of receivers.
 */
final class JsonFields {

  private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

  private final JsonNode node;
  private final String path;
  private final String source;

  private JsonFields(JsonNode node, String path, String source) {
    this.node = node;
    this.path = path;
    this.source = source;
  }

  static JsonFields root(JsonNode node, String source, String what) {
    if (!node.isObject()) {
      throw new OcpiFormatException(source, "", "a " + what + " must be a JSON object");
    }
    return new JsonFields(node, "", source);
  }

  private String pathOf(String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  private OcpiFormatException wrong(String name, String reason) {
    return new OcpiFormatException(source, pathOf(name), reason);
  }

  /** The field's node, or null when it is absent or JSON null; absent and required fails. */
  private JsonNode field(String name, boolean required) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      if (required) {
        throw wrong(name, "required, missing");
      }
      return null;
    }
    return value;
  }

  String text(String name, boolean required) {
    JsonNode value = field(name, required);
    if (value == null) {
      return null;
    }
    if (!value.isTextual()) {
      throw wrong(name, "expected a string, got " + value);
    }
    return value.textValue();
  }

  BigDecimal decimal(String name, boolean required) {
    JsonNode value = field(name, required);
    if (value == null) {
      return null;
    }
    if (!value.isNumber()) {
      throw wrong(name, "expected a number, got " + value);
    }
    return value.decimalValue();
  }

  /** A number that may not be negative. */
  BigDecimal amount(String name, boolean required) {
    BigDecimal value = decimal(name, required);
    if (value != null && value.signum() < 0) {
      throw wrong(name, "must not be negative, got " + value.toPlainString());
    }
    return value;
  }

  /** A whole number of 0 or more (a step size, a duration in seconds). */
  Long count(String name, boolean required) {
    BigDecimal value = amount(name, required);
    if (value == null) {
      return null;
    }
    try {
      return value.longValueExact();
    } catch (ArithmeticException e) {
      throw wrong(name, "expected a whole number, got " + value.toPlainString());
    }
  }

  /** An OCPI DateTime: UTC, {@code 2015-06-29T20:39:09Z}; an offset is honoured, none means UTC. */
  Instant instant(String name, boolean required) {
    String text = text(name, required);
    if (text == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException withoutOffset) {
      try {
        return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException e) {
        throw wrong(
            name, "expected a date and time like 2015-06-29T20:39:09Z, got \"" + text + "\"");
      }
    }
  }

  LocalTime time(String name) {
    String text = text(name, false);
    if (text == null) {
      return null;
    }
    try {
      return LocalTime.parse(text, HOURS_MINUTES);
    } catch (DateTimeParseException e) {
      throw wrong(name, "expected a time of day like 13:30, got \"" + text + "\"");
    }
  }

  LocalDate date(String name) {
    String text = text(name, false);
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw wrong(name, "expected a date like 2015-12-24, got \"" + text + "\"");
    }
  }

  <E extends Enum<E>> E oneOf(String name, Class<E> type, boolean required) {
    String text = text(name, required);
    return text == null ? null : constant(name, type, text);
  }

  <E extends Enum<E>> List<E> listOf(String name, Class<E> type) {
    List<E> values = new ArrayList<>();
    List<JsonNode> items = items(name, false);
    for (int i = 0; i < items.size(); i++) {
      String item = name + "[" + i + "]";
      if (!items.get(i).isTextual()) {
        throw wrong(item, "expected a string, got " + items.get(i));
      }
      values.add(constant(item, type, items.get(i).textValue()));
    }
    return values;
  }

  private <E extends Enum<E>> E constant(String name, Class<E> type, String text) {
    try {
      return Enum.valueOf(type, text);
    } catch (IllegalArgumentException e) {
      String allowed =
          Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
      throw wrong(name, "\"" + text + "\" is not one of " + allowed);
    }
  }

  /** The field as an object, or null when absent. */
  JsonFields object(String name) {
    JsonNode value = field(name, false);
    if (value == null) {
      return null;
    }
    if (!value.isObject()) {
      throw wrong(name, "expected an object, got " + value);
    }
    return new JsonFields(value, pathOf(name), source);
  }

  /** The field's array of objects; required means present and not empty (OCPI's "+"). */
  List<JsonFields> objects(String name, boolean required) {
    List<JsonNode> items = items(name, required);
    if (required && items.isEmpty()) {
      throw wrong(name, "must hold at least one entry, is empty");
    }
    List<JsonFields> objects = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      String item = name + "[" + i + "]";
      if (!items.get(i).isObject()) {
        throw wrong(item, "expected an object, got " + items.get(i));
      }
      objects.add(new JsonFields(items.get(i), pathOf(item), source));
    }
    return objects;
  }

  private List<JsonNode> items(String name, boolean required) {
    JsonNode value = field(name, required);
    if (value == null) {
      return List.of();
    }
    if (!value.isArray()) {
      throw wrong(name, "expected an array, got " + value);
    }
    List<JsonNode> items = new ArrayList<>();
    value.forEach(items::add);
    return items;
  }

  /** A failure about this object as a whole, or about a field of it that was read fine alone. */
  OcpiFormatException invalid(String name, String reason) {
    return wrong(name, reason);
  }
}
