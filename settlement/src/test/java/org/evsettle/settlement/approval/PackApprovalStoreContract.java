package org.evsettle.settlement.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.YearMonth;
import org.evsettle.settlement.SettlementTestApplication;
import org.evsettle.settlement.domain.ComponentDefinition;
import org.evsettle.settlement.ledger.LedgerStore;
import org.evsettle.settlement.ledger.RunApproval;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Submissions and approvals of packs, and the approval a run records, on every supported database.
 * Each test uses packs of its own name.
 */
@SpringBootTest(classes = SettlementTestApplication.class)
abstract class PackApprovalStoreContract {

  private static final Instant MONDAY = Instant.parse("2026-11-02T01:30:00.123456Z");
  private static final Instant TUESDAY = Instant.parse("2026-11-03T06:00:00Z");
  private static final Instant FRIDAY = Instant.parse("2026-11-06T09:45:00Z");

  @Autowired PackApprovalStore store;
  @Autowired LedgerStore ledger;

  private static PackVersion pack(String name, char hashDigit) {
    return new PackVersion(name, "2026.1", String.valueOf(hashDigit).repeat(64));
  }

  @Test
  void aSubmissionIsReadBackUnapprovedUntilApproved() {
    PackVersion beijing = pack("submitted", 'a');
    assertThat(store.find(beijing)).isEmpty();

    store.submit(beijing, "  Wang   Fang ", MONDAY);
    assertThat(store.find(beijing))
        .contains(new PackApproval(beijing, "Wang Fang", MONDAY, null, null));

    assertThat(store.approve(beijing, "Li Na", TUESDAY)).isTrue();
    assertThat(store.find(beijing))
        .contains(new PackApproval(beijing, "Wang Fang", MONDAY, "Li Na", TUESDAY));
  }

  @Test
  void aRuleSetIsApprovedOnceAndSubmittedOnce() {
    PackVersion beijing = pack("once", 'b');
    store.submit(beijing, "Wang Fang", MONDAY);
    assertThat(store.approve(beijing, "Li Na", TUESDAY)).isTrue();

    assertThat(store.approve(beijing, "Zhao Lei", FRIDAY)).isFalse();
    assertThat(store.find(beijing).orElseThrow().approvedBy()).isEqualTo("Li Na");
    assertThatThrownBy(() -> store.submit(beijing, "Zhao Lei", FRIDAY))
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  @Test
  void anUnsubmittedRuleSetIsNotApproved() {
    assertThat(store.approve(pack("never", 'c'), "Li Na", TUESDAY)).isFalse();
    assertThat(store.find(pack("never", 'c'))).isEmpty();
  }

  @Test
  void theLatestApprovalOfANameAndVersionIsFoundWhateverItsHash() {
    PackVersion original = pack("edited", 'd');
    PackVersion edit = pack("edited", 'e');
    PackVersion pending = pack("edited", 'f');
    assertThat(store.latestApproved("edited", "2026.1")).isEmpty();
    store.submit(original, "Wang Fang", MONDAY);
    store.approve(original, "Li Na", TUESDAY);
    store.submit(edit, "Wang Fang", TUESDAY);
    store.approve(edit, "Zhao Lei", FRIDAY);
    store.submit(pending, "Wang Fang", FRIDAY);

    assertThat(store.latestApproved("edited", "2026.1").orElseThrow().pack()).isEqualTo(edit);
    assertThat(store.latestApproved("edited", "2027.1")).isEmpty();
    assertThat(store.latestApproved("other", "2026.1")).isEmpty();
  }

  @Test
  void aRunRecordsTheApprovalOfItsPack() {
    // a period of its own: the PostgreSQL contracts may share a database
    YearMonth period = YearMonth.parse("2001-01");
    var opened =
        ledger.openRun(
            period,
            "INITIAL",
            0,
            "beijing",
            "2026.1",
            "a".repeat(64),
            ComponentDefinition.builtIn(),
            FRIDAY,
            new RunApproval("Wang Fang", "Li Na", TUESDAY));

    var read = ledger.runs(period).get(0);
    assertThat(read).isEqualTo(opened);
    assertThat(read.approval()).isEqualTo(new RunApproval("Wang Fang", "Li Na", TUESDAY));
    // a run opened before approvals existed has none
    ledger.openRun(period, "R1", 1, "beijing", "2026.1", "a".repeat(64), FRIDAY);
    assertThat(ledger.runs(period).get(1).approval()).isNull();
  }
}
