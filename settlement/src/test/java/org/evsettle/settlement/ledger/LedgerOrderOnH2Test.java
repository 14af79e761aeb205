package org.evsettle.settlement.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** The ledger's order on the embedded default, H2, where the order must come from the index. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:ledger-order;DB_CLOSE_DELAY=-1")
class LedgerOrderOnH2Test extends LedgerOrderContract {

  @Test
  void publishingReadsEachPageOfLinesFromTheIndexWithoutSorting() {
    // a month of lines sorted at publication spilled to disk; each page must walk the index
    assertThat(plan(LedgerStore.LINES_FIRST, 1L, "SETTLEMENT")).contains("/* index sorted */");
    assertThat(plan(LedgerStore.LINES_AFTER, 1L, "SETTLEMENT", "OP1", 5000L))
        .contains("LINE_NO > ")
        .contains("/* index sorted */");
    assertThat(plan(LedgerStore.LINES_NEXT_OPERATOR, 1L, "SETTLEMENT", "OP1"))
        .contains("OPERATOR_ID > ")
        .contains("/* index sorted */");
  }

  @Test
  void settlingReadsEachPageOfSessionsAndDischargesFromTheIndexWithoutSorting() {
    String from = "2026-10-01T00:00Z";
    String to = "2026-11-01T00:00Z";
    assertThat(plan(InputSnapshot.SESSIONS_IN_START_ORDER, "OP1", from, to))
        .contains("CHARGING_SESSION_IN_START_ORDER")
        .contains("/* index sorted */");
    assertThat(plan(InputSnapshot.SESSIONS_AFTER, "OP1", from, to, from, "S1"))
        .contains("CHARGING_SESSION_IN_START_ORDER")
        .contains("STARTED_AT >= ")
        .contains("/* index sorted */");
    assertThat(plan(InputSnapshot.DISCHARGES_AFTER, "OP1", from, to, from, "V1"))
        .contains("V2G_DISCHARGE_IN_START_ORDER")
        .contains("/* index sorted */");
  }

  @Test
  void aReRunReadsOnlyTheOperatorsLinesOfBothRunsToAdjustThem() {
    String plan =
        jdbc.queryForObject(
                "explain " + Adjustments.LINES_BY_KEY, String.class, 2L, "OP1", 1L, "OP1")
            .replaceAll("\\s+", " ");
    // each run's part is an index range of that run and operator, not every line of both runs
    assertThat(plan)
        .contains(
            "SETTLEMENT_LINE_IN_ORDER: OPERATOR_ID = ?2 AND RUN_ID = ?1 AND KIND = 'SETTLEMENT'",
            "SETTLEMENT_LINE_IN_ORDER: OPERATOR_ID = ?4 AND RUN_ID = ?3 AND KIND = 'SETTLEMENT'");
  }

  private String plan(String sql, Object... args) {
    String plan = jdbc.queryForObject("explain " + sql, String.class, args);
    // the index named must be the one the order comes from, with the page's start in it
    return plan.substring(0, plan.indexOf("*/")) + plan.substring(plan.lastIndexOf("/*"));
  }
}
