package org.evsettle.settlement.approval;

/** A pack version as approvals know it: its name, version and the SHA-256 of its rule files. */
public record PackVersion(String name, String version, String sha256) {

  /** The hash's first twelve digits and dots: enough to tell rule sets apart in a line. */
  public String shortSha256() {
    return sha256.substring(0, Math.min(12, sha256.length())) + "...";
  }

  /** "beijing 2026.1 (sha256 ab12cd34ef56...)": short enough for a one-line message. */
  @Override
  public String toString() {
    return name + " " + version + " (sha256 " + shortSha256() + ")";
  }
}
