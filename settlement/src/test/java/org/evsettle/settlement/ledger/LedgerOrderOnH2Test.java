package org.evsettle.settlement.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** The ledger's order on the embedded default, H2, where the order must come from the index. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:ledger-order;DB_CLOSE_DELAY=-1")
class LedgerOrderOnH2Test extends LedgerOrderContract {

  @Autowired JdbcTemplate jdbc;

  @Test
  void publishingReadsTheLinesInIndexOrderWithoutSortingThem() {
    // a month of lines sorted at publication spilled to disk; the plan must walk the index
    String plan = jdbc.queryForObject("explain " + LedgerStore.LINES_IN_ORDER, String.class, 1L);
    assertThat(plan).contains("SETTLEMENT_LINE_IN_ORDER").contains("/* index sorted */");
  }

  @Test
  void settlingStreamsSessionsAndDischargesInIndexOrderWithoutSortingThem() {
    Object[] args = {"SESSIONS", "OP1", "2026-10-01T00:00Z", "2026-11-01T00:00Z"};
    assertThat(
            jdbc.queryForObject(
                "explain " + InputSnapshot.SESSIONS_IN_START_ORDER, String.class, args))
        .contains("CHARGING_SESSION_IN_START_ORDER")
        .contains("/* index sorted */");
    args[0] = "DISCHARGES";
    assertThat(
            jdbc.queryForObject(
                "explain " + InputSnapshot.DISCHARGES_IN_START_ORDER, String.class, args))
        .contains("V2G_DISCHARGE_IN_START_ORDER")
        .contains("/* index sorted */");
  }
}
