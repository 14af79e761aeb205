package org.evsettle.integrations.profile;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.evsettle.settlement.domain.RecordType;

/**
 * An import profile checked and ready to read rows: every field it maps exists, every required
 * field is mapped, each mapping has one source, formats, units and the zone are valid. Built once
 * per profile file; a profile that fails these checks is never used.
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

  private final ImportProfile profile;
  private final String source;
  private final RecordType type;
  private final ZoneId zone;
  private final Map<String, DateTimeFormatter> formatters = new HashMap<>();
  private final Map<String, BigDecimal> unitFactors = new HashMap<>();

  public CompiledProfile(ImportProfile profile, String source) {
    this.profile = profile;
    this.source = source;
    require(profile.name() != null, "has no name");
    require(profile.recordTypeName() != null, "has no record_type");
    require(profile.files() != null && !profile.files().isEmpty(), "lists no files to match");
    require(profile.fields() != null, "maps no fields");
    try {
      this.type = profile.recordType();
      profile.role();
    } catch (IllegalArgumentException e) {
      throw fail("names an unknown record type or role: " + e.getMessage());
    }
    try {
      this.zone = profile.zoneId();
    } catch (java.time.DateTimeException e) {
      throw fail("names an unknown time zone '" + profile.zone() + "'");
    }
    for (String required : type.requiredFields()) {
      require(
          profile.fields().containsKey(required), "does not map the required field " + required);
    }
    profile.fields().forEach(this::compileField);
  }

  private void compileField(String field, FieldMapping mapping) {
    require(
        type.hasField(field), "maps " + field + ", which " + type.filePrefix() + " do not have");
    require(
        mapping != null && mapping.sourceCount() == 1,
        "field " + field + " needs exactly one of column, columns, value or template");
    if (mapping.format() != null) {
      try {
        formatters.put(
            field,
            DateTimeFormatter.ofPattern(mapping.format()).withResolverStyle(ResolverStyle.STRICT));
      } catch (IllegalArgumentException e) {
        throw fail("field " + field + " has an invalid format '" + mapping.format() + "'");
      }
    }
    if (mapping.unit() != null) {
      // a factor from MWh to kWh would multiply a price per kWh where it should divide it
      require(
          !PER_KWH_FIELDS.contains(field),
          "field " + field + " is per kWh: a unit converts energy and power only");
      BigDecimal factor = UNIT_FACTORS.get(mapping.unit().toLowerCase(java.util.Locale.ROOT));
      require(factor != null, "field " + field + " has an unknown unit '" + mapping.unit() + "'");
      unitFactors.put(field, factor);
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

  FieldMapping mapping(String field) {
    return profile.fields().get(field);
  }

  DateTimeFormatter formatter(String field) {
    return formatters.get(field);
  }

  BigDecimal unitFactor(String field) {
    return unitFactors.getOrDefault(field, BigDecimal.ONE);
  }

  private void require(boolean condition, String problem) {
    if (!condition) {
      throw fail(problem);
    }
  }

  private ProfileException fail(String problem) {
    String name = profile.name() == null ? "" : " '" + profile.name() + "'";
    return new ProfileException("import profile" + name + " (" + source + ") " + problem);
  }
}
