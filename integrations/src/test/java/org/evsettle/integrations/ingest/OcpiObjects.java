package org.evsettle.integrations.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * OCPI test objects: the hand-written CDR and tariff of {@code src/test/resources/ocpi/}, changed
 * field by field (paths like {@code cdr_token.uid} or {@code charging_periods[0].dimensions}).
 */
final class OcpiObjects {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ObjectNode object;

  private OcpiObjects(ObjectNode object) {
    this.object = object;
  }

  /** The CDR of resource {@code ocpi/cdr.json}, with the given id and EVSE uid. */
  static OcpiObjects cdr(String id, String evseUid) {
    return load("ocpi/cdr.json").with("id", id).with("cdr_location.evse_uid", evseUid);
  }

  static OcpiObjects tariff(String id) {
    return load("ocpi/tariff.json").with("id", id);
  }

  private static OcpiObjects load(String resource) {
    try (InputStream in = OcpiObjects.class.getClassLoader().getResourceAsStream(resource)) {
      return new OcpiObjects((ObjectNode) JSON.readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A copy with the field at {@code path} set to a value (a string, number, boolean or node). */
  OcpiObjects with(String path, Object value) {
    ObjectNode copy = object.deepCopy();
    int dot = path.lastIndexOf('.');
    ObjectNode parent = dot < 0 ? copy : (ObjectNode) at(copy, path.substring(0, dot));
    String name = path.substring(dot + 1);
    if (value instanceof String s) {
      parent.put(name, s);
    } else if (value instanceof java.math.BigDecimal d) {
      parent.put(name, d);
    } else if (value instanceof Boolean b) {
      parent.put(name, b);
    } else if (value instanceof JsonNode n) {
      parent.set(name, n);
    } else {
      parent.set(name, JSON.valueToTree(value));
    }
    return new OcpiObjects(copy);
  }

  /** A copy without the field at {@code path}. */
  OcpiObjects without(String path) {
    ObjectNode copy = object.deepCopy();
    int dot = path.lastIndexOf('.');
    ObjectNode parent = dot < 0 ? copy : (ObjectNode) at(copy, path.substring(0, dot));
    parent.remove(path.substring(dot + 1));
    return new OcpiObjects(copy);
  }

  /** The node at a path of names and [index] steps. */
  private static JsonNode at(JsonNode root, String path) {
    JsonNode node = root;
    for (String step : path.split("\\.")) {
      int bracket = step.indexOf('[');
      if (bracket < 0) {
        node = node.get(step);
      } else {
        node = node.get(step.substring(0, bracket));
        int index = Integer.parseInt(step.substring(bracket + 1, step.length() - 1));
        node = ((ArrayNode) node).get(index);
      }
    }
    return node;
  }

  /** The object on one line, keys in the resource's order. */
  String line() {
    return object.toString();
  }

  /** A JSON array of the objects, one element per line. */
  static String array(List<OcpiObjects> objects) {
    return objects.stream()
        .map(OcpiObjects::line)
        .collect(Collectors.joining(",\n", "[\n", "\n]\n"));
  }

  /** One object per line (NDJSON). */
  static String lines(List<OcpiObjects> objects) {
    return objects.stream().map(OcpiObjects::line).collect(Collectors.joining("\n", "", "\n"));
  }
}
