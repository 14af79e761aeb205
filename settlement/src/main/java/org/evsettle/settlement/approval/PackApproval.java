package org.evsettle.settlement.approval;

import java.time.Instant;
import java.util.Locale;

/**
 * A submitted pack version and, once another person approved it, who did and when. Identities are
 * names for now; two names are the same person when they differ only in case or spacing.
 */
public record PackApproval(
    PackVersion pack,
    String submittedBy,
    Instant submittedAt,
    String approvedBy,
    Instant approvedAt) {

  public boolean isApproved() {
    return approvedBy != null;
  }

  /** Whether {@code name} is this version's author: an author cannot approve their own pack. */
  public boolean isAuthor(String name) {
    return sameName(submittedBy, name);
  }

  /** A name as it is stored: trimmed, inner runs of spaces made one. */
  public static String normalized(String name) {
    return name.trim().replaceAll("\\s+", " ");
  }

  static boolean sameName(String a, String b) {
    return normalized(a).toLowerCase(Locale.ROOT).equals(normalized(b).toLowerCase(Locale.ROOT));
  }
}
