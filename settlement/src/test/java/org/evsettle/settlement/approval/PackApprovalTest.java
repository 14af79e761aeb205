package org.evsettle.settlement.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Who counts as a pack's author: the same name whatever its case and spacing. */
class PackApprovalTest {

  private final PackApproval submitted =
      new PackApproval(
          new PackVersion("beijing", "2026.1", "ab12".repeat(16)),
          "Wang Fang",
          Instant.parse("2026-11-02T01:30:00Z"),
          null,
          null);

  @Test
  void theAuthorIsKnownWhateverTheCaseAndSpacing() {
    assertThat(submitted.isAuthor("Wang Fang")).isTrue();
    assertThat(submitted.isAuthor("  wang   FANG ")).isTrue();
    assertThat(submitted.isAuthor("Wang\tFang")).isTrue();
    assertThat(submitted.isAuthor("Li Na")).isFalse();
    assertThat(submitted.isAuthor("Wang Fan")).isFalse();
  }

  @Test
  void aVersionIsShownWithTheStartOfItsHash() {
    assertThat(submitted.pack()).hasToString("beijing 2026.1 (sha256 ab12ab12ab12...)");
    assertThat(submitted.isApproved()).isFalse();
  }
}
