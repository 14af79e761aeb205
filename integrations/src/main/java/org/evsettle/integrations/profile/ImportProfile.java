package org.evsettle.integrations.profile;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.evsettle.settlement.domain.PartyRole;
import org.evsettle.settlement.domain.RecordType;

/**
 * An import profile as read from its YAML file: which files it applies to, which canonical record
 * type they hold, and how each canonical field is read from them. {@code zone} places local
 * timestamps; {@code zone_column} names a column that holds each row's own zone or offset instead,
 * and {@code zone_names} what its abbreviations stand for ({@code MST: "-07:00"}).
 */
public record ImportProfile(
    @JsonProperty("name") String name,
    @JsonProperty("description") String description,
    @JsonProperty("record_type") String recordTypeName,
    @JsonProperty("role") String roleName,
    @JsonProperty("files") List<String> files,
    @JsonProperty("zone") String zone,
    @JsonProperty("zone_column") String zoneColumn,
    @JsonProperty("zone_names") Map<String, String> zoneNames,
    @JsonProperty("fields") Map<String, FieldMapping> fields) {

  public RecordType recordType() {
    return RecordType.valueOf(recordTypeName.toUpperCase(java.util.Locale.ROOT));
  }

  public PartyRole role() {
    return roleName == null ? recordType().sender() : PartyRole.ofFolder(roleName);
  }

  public ZoneId zoneId() {
    return zone == null ? null : ZoneId.of(zone);
  }

  /** Whether a file of this name, sent by a party of this role, is read through this profile. */
  public boolean matches(PartyRole senderRole, String fileName) {
    if (senderRole != role()) {
      return false;
    }
    Path name = Path.of(fileName);
    for (String glob : files) {
      PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
      if (matcher.matches(name)) {
        return true;
      }
    }
    return false;
  }

  /** The columns a file must have: those the record type's required fields are read from. */
  public Set<String> requiredColumns() {
    Set<String> columns = new LinkedHashSet<>();
    for (String field : recordType().requiredFields()) {
      FieldMapping mapping = fields.get(field);
      if (mapping != null) {
        columns.addAll(mapping.sourceColumns());
      }
    }
    return columns;
  }
}
