package org.evsettle.settlement.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** The ledger's order on the embedded default, H2, where the order must come from the index. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:ledger-order;DB_CLOSE_DELAY=-1")
class LedgerOrderOnH2Test extends LedgerOrderContract {

  @Test
  void publishingReadsEachPageOfLinesAsARangeOfTheTablesKeyWithoutSorting() {
    // a month of lines sorted at publication spilled to disk; each page must walk the key
    assertThat(plan(LedgerStore.LINES_OF_BLOCK, 4L << 32, 5L << 32).replaceAll("\\s+", " "))
        .containsPattern("PRIMARY_KEY_\\w+: ID > \\?1 AND ID < \\?2")
        .contains("/* index sorted */");
  }

  @Test
  void theCapUsedEarlierInTheYearIsReadFromTheEarlierRunsPartsOnly() {
    // a year of lines: each run's settlement lines are the id ranges of its blocks, not a scan
    String plan =
        jdbc.queryForObject("explain " + LedgerStore.CAP_USED, String.class, "2026-01", "2026-10")
            .replaceAll("\\s+", " ");
    assertThat(plan)
        .containsPattern("PRIMARY_KEY_\\w+: ID >= \\(B.ID \\* 4294967296\\)")
        .doesNotContain("SETTLEMENT_LINE.tableScan");
  }

  @Test
  void aLineIsStoredInTheTableAloneIndexedByNothingButItsId() throws Exception {
    // publication, adjustments and clearing a part all read ranges of ids (LineBlocks)
    List<List<String>> indexes = new ArrayList<>();
    try (var connection = jdbc.getDataSource().getConnection();
        var rs =
            connection.getMetaData().getIndexInfo(null, null, "SETTLEMENT_LINE", false, false)) {
      Map<String, List<String>> byName = new TreeMap<>();
      while (rs.next()) {
        byName
            .computeIfAbsent(rs.getString("INDEX_NAME"), k -> new ArrayList<>())
            .add(rs.getString("COLUMN_NAME"));
      }
      indexes.addAll(byName.values());
    }
    assertThat(indexes).containsExactly(List.of("ID"));
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
                "explain " + Adjustments.LINES_BY_KEY,
                String.class,
                2L << 32,
                3L << 32,
                1L << 32,
                2L << 32)
            .replaceAll("\\s+", " ");
    // each run's part is a range of ids, not every line of both runs
    assertThat(plan)
        .containsPattern("PRIMARY_KEY_\\w+: ID >= \\?1 AND ID < \\?2")
        .containsPattern("PRIMARY_KEY_\\w+: ID >= \\?3 AND ID < \\?4")
        .doesNotContain("tableScan");
  }

  private String plan(String sql, Object... args) {
    String plan = jdbc.queryForObject("explain " + sql, String.class, args);
    // the index named must be the one the order comes from, with the page's start in it
    return plan.substring(0, plan.indexOf("*/")) + plan.substring(plan.lastIndexOf("/*"));
  }
}
