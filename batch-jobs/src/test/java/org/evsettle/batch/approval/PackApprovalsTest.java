package org.evsettle.batch.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.evsettle.settlement.approval.PackApproval;
import org.evsettle.settlement.approval.PackApprovalStore;
import org.evsettle.settlement.approval.PackVersion;
import org.junit.jupiter.api.Test;

/**
 * The maker-checker rules and the words of their refusals, on a store in memory (the store itself
 * is tested on H2 and PostgreSQL in the settlement module).
 */
class PackApprovalsTest {

  private static final Path FOLDER = Path.of("/srv/rules/beijing");
  private static final PackVersion BEIJING =
      new PackVersion("beijing", "2026.1", "ab12cd34ef56" + "0".repeat(52));
  private static final PackVersion EDITED =
      new PackVersion("beijing", "2026.1", "ff00ee11dd22" + "0".repeat(52));
  private static final Instant MONDAY = Instant.parse("2026-11-02T01:30:00Z");
  private static final Instant TUESDAY = Instant.parse("2026-11-03T06:00:00Z");

  private final MemoryStore store = new MemoryStore();
  private final PackApprovals approvals =
      new PackApprovals(store, Clock.fixed(MONDAY, ZoneOffset.UTC));
  private final Clock tuesday = Clock.fixed(TUESDAY, ZoneOffset.UTC);

  @Test
  void aSubmissionRecordsItsAuthorAndTimeOnce() {
    var first = approvals.submit(BEIJING, " Wang  Fang ");
    var again = approvals.submit(BEIJING, "Zhao Lei", tuesday);

    assertThat(first.existed()).isFalse();
    assertThat(again.existed()).isTrue();
    assertThat(again.approval())
        .isEqualTo(new PackApproval(BEIJING, "Wang Fang", MONDAY, null, null));
    assertThat(store.rows).hasSize(1);
  }

  @Test
  void twoPeopleSubmittingTheSameRuleSetAtOnceAreToldWhoseSubmissionStands() {
    // Zhao Lei's submission lands between Wang Fang's look-up and her insert
    var racing =
        new PackApprovals(
            new MemoryStore() {
              @Override
              public PackApproval submit(PackVersion pack, String by, Instant at) {
                super.submit(pack, "Zhao Lei", at);
                throw new org.springframework.dao.DuplicateKeyException("pack_approval");
              }
            },
            Clock.fixed(MONDAY, ZoneOffset.UTC));

    var submission = racing.submit(BEIJING, "Wang Fang");

    assertThat(submission.existed()).isTrue();
    assertThat(submission.approval())
        .isEqualTo(new PackApproval(BEIJING, "Zhao Lei", MONDAY, null, null));
  }

  @Test
  void anotherPersonApproves() {
    approvals.submit(BEIJING, "Wang Fang");

    assertThat(approvals.approve(BEIJING, "Li Na", FOLDER, tuesday))
        .isEqualTo(new PackApproval(BEIJING, "Wang Fang", MONDAY, "Li Na", TUESDAY));
    assertThat(approvals.requireApproved(BEIJING, FOLDER).approvedBy()).isEqualTo("Li Na");
  }

  @Test
  void anAuthorCannotApproveTheirOwnPackWhateverTheCaseOrSpacing() {
    approvals.submit(BEIJING, "Wang Fang");

    for (String self : List.of("Wang Fang", "wang fang", "  WANG   FANG  ")) {
      assertThatThrownBy(() -> approvals.approve(BEIJING, self, FOLDER))
          .isInstanceOf(ApprovalRefusedException.class)
          .hasMessage(
              "an author cannot approve their own pack: beijing 2026.1 (sha256 ab12cd34ef56...)"
                  + " was submitted by Wang Fang; someone else must approve it");
    }
    assertThat(store.find(BEIJING).orElseThrow().isApproved()).isFalse();
  }

  @Test
  void anUnsubmittedRuleSetCannotBeApproved() {
    assertThatThrownBy(() -> approvals.approve(BEIJING, "Li Na", FOLDER))
        .isInstanceOf(ApprovalRefusedException.class)
        .hasMessage(
            "pack beijing 2026.1 (sha256 ab12cd34ef56...) was not submitted: evsettle rules"
                + " submit /srv/rules/beijing --by NAME first");
  }

  @Test
  void anApprovedRuleSetIsNotApprovedAgain() {
    approvals.submit(BEIJING, "Wang Fang");
    approvals.approve(BEIJING, "Li Na", FOLDER, tuesday);

    assertThatThrownBy(() -> approvals.approve(BEIJING, "Zhao Lei", FOLDER))
        .isInstanceOf(ApprovalRefusedException.class)
        .hasMessage(
            "pack beijing 2026.1 (sha256 ab12cd34ef56...) is already approved, by Li Na on"
                + " 2026-11-03T06:00:00Z");
  }

  @Test
  void aNameIsNeeded() {
    assertThatThrownBy(() -> approvals.submit(BEIJING, "  "))
        .hasMessage("--by needs the name of a person");
  }

  @Test
  void settleIsToldWhoMustApproveASubmission() {
    approvals.submit(BEIJING, "Wang Fang");

    assertThatThrownBy(() -> approvals.requireApproved(BEIJING, FOLDER))
        .isInstanceOf(ApprovalRefusedException.class)
        .hasMessage(
            "pack beijing 2026.1 (sha256 ab12cd34ef56...) submitted by Wang Fang on"
                + " 2026-11-02T01:30:00Z awaits approval by someone other than Wang Fang:"
                + " evsettle rules approve /srv/rules/beijing --by NAME");
  }

  @Test
  void settleIsToldToSubmitAPackNobodySubmitted() {
    assertThatThrownBy(() -> approvals.requireApproved(BEIJING, FOLDER))
        .isInstanceOf(ApprovalRefusedException.class)
        .hasMessage(
            "pack beijing 2026.1 (sha256 ab12cd34ef56...) is not approved: submit it (evsettle"
                + " rules submit /srv/rules/beijing --by NAME) and have another person approve"
                + " it");
  }

  @Test
  void settleIsToldThatAPackWasEditedAfterApproval() {
    approvals.submit(BEIJING, "Wang Fang");
    approvals.approve(BEIJING, "Li Na", FOLDER, tuesday);

    assertThatThrownBy(() -> approvals.requireApproved(EDITED, FOLDER))
        .isInstanceOf(ApprovalRefusedException.class)
        .hasMessage(
            "pack beijing 2026.1 (sha256 ff00ee11dd22...) was edited after approval (sha256"
                + " ab12cd34ef56... was approved by Li Na on 2026-11-03T06:00:00Z): submit it"
                + " (evsettle rules submit /srv/rules/beijing --by NAME) and have another"
                + " person approve it");
  }

  @Test
  void anEditSubmittedAfterApprovalAwaitsItsOwnApproval() {
    approvals.submit(BEIJING, "Wang Fang");
    approvals.approve(BEIJING, "Li Na", FOLDER, tuesday);
    approvals.submit(EDITED, "Wang Fang", tuesday);

    assertThatThrownBy(() -> approvals.requireApproved(EDITED, FOLDER))
        .hasMessageContaining("awaits approval by someone other than Wang Fang");
    approvals.approve(EDITED, "Li Na", FOLDER, tuesday);
    assertThat(approvals.requireApproved(EDITED, FOLDER).pack()).isEqualTo(EDITED);
  }

  /** The store's behaviour kept in a list. */
  private static class MemoryStore extends PackApprovalStore {

    final List<PackApproval> rows = new ArrayList<>();

    MemoryStore() {
      super(null);
    }

    @Override
    public Optional<PackApproval> find(PackVersion pack) {
      return rows.stream().filter(r -> r.pack().equals(pack)).findFirst();
    }

    @Override
    public Optional<PackApproval> latestApproved(String name, String version) {
      return rows.stream()
          .filter(r -> r.pack().name().equals(name) && r.pack().version().equals(version))
          .filter(PackApproval::isApproved)
          .max(Comparator.comparing(PackApproval::approvedAt));
    }

    @Override
    public PackApproval submit(PackVersion pack, String by, Instant at) {
      var row = new PackApproval(pack, PackApproval.normalized(by), at, null, null);
      rows.add(row);
      return row;
    }

    @Override
    public boolean approve(PackVersion pack, String by, Instant at) {
      for (int i = 0; i < rows.size(); i++) {
        var r = rows.get(i);
        if (r.pack().equals(pack) && Objects.isNull(r.approvedBy())) {
          rows.set(
              i,
              new PackApproval(
                  pack, r.submittedBy(), r.submittedAt(), PackApproval.normalized(by), at));
          return true;
        }
      }
      return false;
    }
  }
}
