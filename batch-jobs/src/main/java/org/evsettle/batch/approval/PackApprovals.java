package org.evsettle.batch.approval;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.evsettle.settlement.approval.PackApproval;
import org.evsettle.settlement.approval.PackApprovalStore;
import org.evsettle.settlement.approval.PackVersion;
import org.springframework.stereotype.Service;

/**
 * Maker-checker for policy packs: one person submits a rule set, another approves it, and only an
 * approved rule set is settled with. The rule set is named by its SHA-256, so an edit after
 * approval is a rule set nobody approved.
 */
@Service
public class PackApprovals {

  private final PackApprovalStore store;
  private final Clock clock;

  public PackApprovals(PackApprovalStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /** What a submission did: recorded it, or found it recorded before. */
  public record Submission(PackApproval approval, boolean existed) {}

  /** Records {@code by} as the author of the rule set; a rule set submitted before is reported. */
  public Submission submit(PackVersion pack, String by) {
    return submit(pack, by, clock);
  }

  /** A submission at the time of {@code clock} (the demo's sample morning, say). */
  public Submission submit(PackVersion pack, String by, Clock clock) {
    requireName(by);
    Optional<PackApproval> earlier = store.find(pack);
    if (earlier.isPresent()) {
      return new Submission(earlier.get(), true);
    }
    try {
      return new Submission(store.submit(pack, by, now(clock)), false);
    } catch (org.springframework.dao.DuplicateKeyException raced) {
      // someone submitted the same rule set between the look-up and the insert: theirs stands
      return new Submission(store.find(pack).orElseThrow(() -> raced), true);
    }
  }

  /**
   * Records {@code by}'s approval of a submitted rule set of {@code folder}; refused when nobody
   * submitted it, when {@code by} is its author, or when it is approved already.
   */
  public PackApproval approve(PackVersion pack, String by, Path folder) {
    return approve(pack, by, folder, clock);
  }

  /** An approval at the time of {@code clock}. */
  public PackApproval approve(PackVersion pack, String by, Path folder, Clock clock) {
    requireName(by);
    PackApproval submitted =
        store
            .find(pack)
            .orElseThrow(
                () ->
                    new ApprovalRefusedException(
                        "pack "
                            + pack
                            + " was not submitted: evsettle rules submit "
                            + folder
                            + " --by NAME first"));
    if (submitted.isAuthor(by)) {
      throw new ApprovalRefusedException(
          "an author cannot approve their own pack: "
              + pack
              + " was submitted by "
              + submitted.submittedBy()
              + "; someone else must approve it");
    }
    Instant at = now(clock);
    if (!submitted.isApproved() && store.approve(pack, by, at)) {
      return new PackApproval(
          pack, submitted.submittedBy(), submitted.submittedAt(), PackApproval.normalized(by), at);
    }
    PackApproval approved = store.find(pack).orElseThrow();
    throw new ApprovalRefusedException(
        "pack "
            + pack
            + " is already approved, by "
            + approved.approvedBy()
            + " on "
            + shown(approved.approvedAt()));
  }

  /**
   * The approval of the rule set settle is about to use; refused with what to do next when it has
   * none: approve a submission, or submit an unsubmitted (perhaps edited) rule set and approve it.
   */
  public PackApproval requireApproved(PackVersion pack, Path folder) {
    Optional<PackApproval> submitted = store.find(pack);
    if (submitted.isPresent() && submitted.get().isApproved()) {
      return submitted.get();
    }
    if (submitted.isPresent()) {
      String author = submitted.get().submittedBy();
      throw new ApprovalRefusedException(
          "pack "
              + pack
              + " submitted by "
              + author
              + " on "
              + shown(submitted.get().submittedAt())
              + " awaits approval by someone other than "
              + author
              + ": evsettle rules approve "
              + folder
              + " --by NAME");
    }
    String submitIt =
        "submit it (evsettle rules submit "
            + folder
            + " --by NAME) and have another person approve it";
    Optional<PackApproval> original = store.latestApproved(pack.name(), pack.version());
    if (original.isPresent()) {
      PackApproval o = original.get();
      throw new ApprovalRefusedException(
          "pack "
              + pack
              + " was edited after approval (sha256 "
              + o.pack().shortSha256()
              + " was approved by "
              + o.approvedBy()
              + " on "
              + shown(o.approvedAt())
              + "): "
              + submitIt);
    }
    throw new ApprovalRefusedException("pack " + pack + " is not approved: " + submitIt);
  }

  private static Instant now(Clock clock) {
    // stored to the microsecond on every database: what is read back equals what was recorded
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  /** An instant as messages show it: UTC, to the second. */
  public static String shown(Instant at) {
    return at.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  private static void requireName(String by) {
    if (by == null || by.isBlank()) {
      throw new IllegalArgumentException("--by needs the name of a person");
    }
  }
}
