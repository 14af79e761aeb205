package org.evsettle.integrations.profile;

/**
 * An import profile that cannot be used; the message names the file, the line when known, the field
 * and what is wrong, e.g. {@code profiles/council.yaml:9: field 'fields.started_at.format': ...}.
 */
public class ProfileException extends RuntimeException {

  public ProfileException(String message) {
    super(message);
  }

  public ProfileException(String message, Throwable cause) {
    super(message, cause);
  }

  static ProfileException at(String source, int line, String field, String problem) {
    String where = line > 0 ? source + ":" + line : source;
    return new ProfileException(
        where + ": " + (field == null ? "" : "field '" + field + "': ") + problem);
  }
}
