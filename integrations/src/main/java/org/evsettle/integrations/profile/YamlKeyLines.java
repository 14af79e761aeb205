package org.evsettle.integrations.profile;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The line of each key of a YAML document, so that a problem found after the profile was read can
 * still point its author at the line to change.
 */
final class YamlKeyLines {

  private static final YAMLFactory YAML = new YAMLFactory();

  private final Map<JsonPointer, Integer> lines;

  private YamlKeyLines(Map<JsonPointer, Integer> lines) {
    this.lines = lines;
  }

  static YamlKeyLines of(byte[] yaml) throws IOException {
    Map<JsonPointer, Integer> lines = new HashMap<>();
    try (JsonParser parser = YAML.createParser(yaml)) {
      for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
        if (t == JsonToken.FIELD_NAME) {
          lines.put(
              parser.getParsingContext().pathAsPointer(),
              parser.currentTokenLocation().getLineNr());
        }
      }
    }
    return new YamlKeyLines(lines);
  }

  /**
   * The line of the key at this path (e.g. fields, started_at, format), or of its nearest parent.
   */
  int line(String... path) {
    JsonPointer pointer = JsonPointer.empty();
    int line = 0;
    for (String key : path) {
      pointer = pointer.appendProperty(key);
      line = lines.getOrDefault(pointer, line);
    }
    return line;
  }
}
