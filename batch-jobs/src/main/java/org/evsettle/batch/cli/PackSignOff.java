package org.evsettle.batch.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import org.evsettle.batch.approval.PackApprovals;
import org.evsettle.batch.approval.PackVersions;
import org.evsettle.rules.check.PackCheck;
import org.evsettle.rules.pack.PolicyPacks;
import org.evsettle.settlement.approval.PackApproval;
import org.springframework.context.ApplicationContext;

/**
 * Submitting and approving a pack folder and the line each prints: {@code rules submit} and {@code
 * rules approve} do it, and so do the demo and the bench before they settle, in the same words.
 */
final class PackSignOff {

  private PackSignOff() {}

  /** The folder of the pack version settle uses for the period. */
  static Path folderFor(Path rules, String pack, YearMonth period) {
    return new PolicyPacks(rules).versionFor(pack, period);
  }

  /** The checks of {@code rules check}: a pack that fails them is not submitted. */
  static PackCheck.Report check(Path folder) {
    return new PackCheck().check(folder);
  }

  /** Checks and submits a pack, refused with its first problem when a check fails. */
  static String submitChecked(ApplicationContext context, Path folder, String by, Clock clock) {
    PackCheck.Report report = check(folder);
    if (!report.passed()) {
      throw new IllegalStateException(
          "pack "
              + folder
              + " fails its checks and was not submitted: "
              + report.problems().get(0));
    }
    return submit(context, report, by, clock);
  }

  /** Submits a pack that passed its checks, at the time of {@code clock}. */
  static String submit(
      ApplicationContext context, PackCheck.Report checked, String by, Clock clock) {
    var submission =
        context.getBean(PackApprovals.class).submit(PackVersions.of(checked.pack()), by, clock);
    PackApproval a = submission.approval();
    String what = a.pack().name() + " " + a.pack().version() + " sha256=" + a.pack().sha256();
    if (!submission.existed()) {
      return "submitted: "
          + what
          + " by "
          + a.submittedBy()
          + "; to be approved by someone other than "
          + a.submittedBy();
    }
    return "already submitted: "
        + what
        + " by "
        + a.submittedBy()
        + " on "
        + PackApprovals.shown(a.submittedAt())
        + (a.isApproved()
            ? "; approved by " + a.approvedBy() + " on " + PackApprovals.shown(a.approvedAt())
            : "; to be approved by someone other than " + a.submittedBy());
  }

  /** Approves the folder's current rule set as {@code by}, at the time of {@code clock}. */
  static String approve(ApplicationContext context, Path folder, String by, Clock clock) {
    var version = PackVersions.ofFolder(folder);
    PackApproval a =
        context
            .getBean(PackApprovals.class)
            .approve(version, by, folder.toAbsolutePath().normalize(), clock);
    return "approved: "
        + a.pack().name()
        + " "
        + a.pack().version()
        + " sha256="
        + a.pack().sha256()
        + " by "
        + a.approvedBy()
        + ", submitted by "
        + a.submittedBy()
        + "; settle may use it";
  }
}
