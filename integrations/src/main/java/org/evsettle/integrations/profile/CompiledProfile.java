package org.evsettle.integrations.profile;

import java.math.BigDecimal;
import java.nio.file.FileSystems;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evsettle.settlement.domain.RecordType;

/**
 * An import profile checked and ready to read rows. Every field of it is checked when it is loaded:
 * each field it maps exists and has one source, every required field is mapped, templates are well
 * formed, units known, zones valid, and each date-time pattern reads back a value it writes itself
 * the way rows are read. A profile that fails is refused with its file, line and field, before any
 * file is ingested, so that a bad profile cannot stop an ingest pass half way.
 */
public final class CompiledProfile {

  private static final Map<String, BigDecimal> UNIT_FACTORS =
      Map.of(
          "wh", new BigDecimal("0.001"),
          "kwh", BigDecimal.ONE,
          "mwh", new BigDecimal("1000"),
          "w", new BigDecimal("0.001"),
          "kw", BigDecimal.ONE,
          "mw", new BigDecimal("1000"));

  private static final Set<String> PER_KWH_FIELDS = Set.of("price", "gco2_per_kwh");
  private static final Set<String> TIMESTAMP_FIELDS =
      Set.of("started_at", "ended_at", "interval_start", "starts_at", "ends_at", "hour_start");
  private static final Set<String> DATE_FIELDS = Set.of("tls_cert_expires");
  private static final Pattern BRACES = Pattern.compile("\\{([^{}]*)}");

  private final ImportProfile profile;
  private final String source;
  private final YamlKeyLines lines;
  private final RecordType type;
  private final ZoneId zone;
  private final Map<String, ZoneId> zoneNames = new TreeMap<>();
  private final Map<String, TimestampPattern> patterns = new HashMap<>();
  private final Map<String, BigDecimal> unitFactors = new HashMap<>();

  CompiledProfile(ImportProfile profile, String source, YamlKeyLines lines) {
    this.profile = profile;
    this.source = source;
    this.lines = lines;
    require(profile.name() != null, "name", "is missing: a profile needs a name");
    require(profile.recordTypeName() != null, "record_type", "is missing");
    require(
        profile.files() != null && !profile.files().isEmpty(), "files", "lists no files to match");
    require(profile.fields() != null, "fields", "is missing: the profile maps no fields");
    try {
      this.type = profile.recordType();
    } catch (IllegalArgumentException e) {
      throw fail("record_type", "'" + profile.recordTypeName() + "' is not a record type");
    }
    require(type.isCsv(), "record_type", "'" + type.filePrefix() + "' is only read as OCPI JSON");
    try {
      profile.role();
    } catch (IllegalArgumentException e) {
      throw fail("role", "'" + profile.roleName() + "' is not a sender role");
    }
    for (String glob : profile.files()) {
      try {
        FileSystems.getDefault().getPathMatcher("glob:" + glob);
      } catch (IllegalArgumentException e) {
        throw fail("files", "'" + glob + "' is not a file name pattern: " + e.getMessage());
      }
    }
    this.zone = zone(profile.zone(), "zone");
    compileZoneColumn();
    for (String required : type.requiredFields()) {
      require(
          profile.fields().containsKey(required),
          "fields",
          "does not map the required field " + required);
    }
    profile.fields().forEach(this::compileField);
  }

  private void compileZoneColumn() {
    if (profile.zoneColumn() == null) {
      require(profile.zoneNames() == null, "zone_names", "needs a zone_column to read them from");
      return;
    }
    require(!profile.zoneColumn().isBlank(), "zone_column", "names no column");
    if (profile.zoneNames() != null) {
      profile
          .zoneNames()
          .forEach((name, zoneText) -> zoneNames.put(name, zone(zoneText, "zone_names", name)));
    }
  }

  private void compileField(String field, FieldMapping mapping) {
    require(
        type.hasField(field),
        "fields." + field,
        "is not a field of " + type.filePrefix() + " records");
    require(
        mapping != null && mapping.sourceCount() == 1,
        "fields." + field,
        "needs exactly one of column, columns, value or template");
    if (mapping.columns() != null) {
      require(!mapping.columns().isEmpty(), "fields." + field + ".columns", "lists no columns");
    }
    if (mapping.template() != null) {
      checkTemplate(field, mapping.template());
    }
    if (mapping.format() != null) {
      compileFormat(field, mapping.format());
    }
    if (mapping.unit() != null) {
      // a factor from MWh to kWh would multiply a price per kWh where it should divide it
      require(
          !PER_KWH_FIELDS.contains(field),
          "fields." + field + ".unit",
          "does not apply: " + field + " is per kWh, a unit converts energy and power only");
      BigDecimal factor = UNIT_FACTORS.get(mapping.unit().toLowerCase(Locale.ROOT));
      require(
          factor != null,
          "fields." + field + ".unit",
          "'" + mapping.unit() + "' is not a unit: Wh, kWh, MWh, W, kW or MW");
      unitFactors.put(field, factor);
    }
  }

  private void compileFormat(String field, String format) {
    String path = "fields." + field + ".format";
    boolean date = DATE_FIELDS.contains(field);
    require(
        date || TIMESTAMP_FIELDS.contains(field),
        path,
        "does not apply: " + field + " is not a timestamp or a date");
    TimestampPattern pattern;
    try {
      pattern = TimestampPattern.of(format);
    } catch (IllegalArgumentException e) {
      throw fail(path, "'" + format + "' is not a date-time pattern: " + e.getMessage());
    }
    String problem = pattern.problemReading(date);
    require(problem == null, path, problem);
    patterns.put(field, pattern);
  }

  /** Placeholders name columns of the file: each one non-empty, no brace left unmatched. */
  private void checkTemplate(String field, String template) {
    String path = "fields." + field + ".template";
    Matcher m = BRACES.matcher(template);
    int placeholders = 0;
    StringBuilder outside = new StringBuilder();
    int end = 0;
    while (m.find()) {
      require(!m.group(1).isBlank(), path, "'" + template + "' has an empty placeholder {}");
      outside.append(template, end, m.start());
      end = m.end();
      placeholders++;
    }
    outside.append(template.substring(end));
    require(
        placeholders > 0, path, "'" + template + "' names no column: write columns as {Column}");
    require(
        outside.indexOf("{") < 0 && outside.indexOf("}") < 0,
        path,
        "'" + template + "' has a brace without its pair");
  }

  private ZoneId zone(String text, String... path) {
    if (text == null) {
      return null;
    }
    try {
      return ZoneId.of(text);
    } catch (DateTimeException e) {
      throw fail(
          String.join(".", path),
          "'"
              + text
              + "' is not a time zone: expected a zone like Europe/London or an offset"
              + " like -07:00");
    }
  }

  public ImportProfile profile() {
    return profile;
  }

  public String name() {
    return profile.name();
  }

  public RecordType recordType() {
    return type;
  }

  /** The zone of local timestamps in the files, or null when they carry their own offset. */
  public ZoneId zone() {
    return zone;
  }

  /** The column holding each row's own zone or offset, or null. */
  String zoneColumn() {
    return profile.zoneColumn();
  }

  /** What an abbreviation of the zone column stands for, or null when the profile names it not. */
  ZoneId zoneNamed(String name) {
    return zoneNames.get(name);
  }

  Set<String> zoneNames() {
    return zoneNames.keySet();
  }

  /** Whether record ids are made by a template: two rows then may, by mistake, make the same. */
  public boolean derivesIds() {
    FieldMapping id = profile.fields().get(type.requiredFields().get(0));
    return id != null && id.template() != null;
  }

  public String idTemplate() {
    return profile.fields().get(type.requiredFields().get(0)).template();
  }

  FieldMapping mapping(String field) {
    return profile.fields().get(field);
  }

  TimestampPattern pattern(String field) {
    return patterns.get(field);
  }

  BigDecimal unitFactor(String field) {
    return unitFactors.getOrDefault(field, BigDecimal.ONE);
  }

  private void require(boolean condition, String field, String problem) {
    if (!condition) {
      throw fail(field, problem);
    }
  }

  private ProfileException fail(String field, String problem) {
    return ProfileException.at(source, lines.line(field.split("\\.")), field, problem);
  }
}
