package org.evsettle.batch.approval;

import java.nio.file.Path;

/**
 * Packs signed off for tests that settle through the application's beans: submitted by one person
 * and approved by another, as users do it; nothing in the product skips approval.
 */
public final class SignedOffPacks {

  public static final String AUTHOR = "Wang Fang";
  public static final String APPROVER = "Li Na";

  private SignedOffPacks() {}

  /** The folder's current rule set submitted and approved, unless it already is. */
  public static void approve(PackApprovals approvals, Path folder) {
    var version = PackVersions.ofFolder(folder);
    if (!approvals.submit(version, AUTHOR).approval().isApproved()) {
      approvals.approve(version, APPROVER, folder);
    }
  }
}
