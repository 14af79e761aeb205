package org.evsettle.integrations.profile;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where one canonical field comes from in a foreign layout. Exactly one source: {@code column}, or
 * {@code columns} joined with a space (a date and a time kept apart), or a constant {@code value}
 * ({@code {sender}} stands for the sending party's id), or a {@code template} of {@code {column}}
 * placeholders (to derive a record id). Optionally {@code format} (a date-time pattern), {@code
 * unit} (Wh, kWh, MWh, W, kW, MW) and {@code map} (foreign value to canonical value).
 */
public record FieldMapping(
    @JsonProperty("column") String column,
    @JsonProperty("columns") List<String> columns,
    @JsonProperty("value") String value,
    @JsonProperty("template") String template,
    @JsonProperty("format") String format,
    @JsonProperty("unit") String unit,
    @JsonProperty("map") Map<String, String> map) {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]+)}");
  static final String SENDER = "{sender}";

  /** The columns this mapping reads; a file without them cannot be read through the profile. */
  public List<String> sourceColumns() {
    if (column != null) {
      return List.of(column);
    }
    if (columns != null) {
      return columns;
    }
    if (template != null) {
      List<String> names = new ArrayList<>();
      Matcher m = PLACEHOLDER.matcher(template);
      while (m.find()) {
        names.add(m.group(1));
      }
      return names;
    }
    return List.of();
  }

  int sourceCount() {
    int n = 0;
    n += column != null ? 1 : 0;
    n += columns != null ? 1 : 0;
    n += value != null ? 1 : 0;
    n += template != null ? 1 : 0;
    return n;
  }

  /** Fills a template's placeholders; a placeholder whose column is empty makes the whole empty. */
  String fill(java.util.function.Function<String, String> cell) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String v = cell.apply(m.group(1));
      if (v == null) {
        return null;
      }
      m.appendReplacement(out, Matcher.quoteReplacement(v));
    }
    m.appendTail(out);
    return out.toString();
  }
}
