package org.evsettle.settlement.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** The ingest store on the embedded default: an H2 database. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:ingest-store;DB_CLOSE_DELAY=-1")
class IngestStoreOnH2Test extends IngestStoreContract {

  @Autowired JdbcTemplate jdbc;

  @Override
  String expectedDatabase() {
    return "H2";
  }

  @Test
  void aStoredSessionIsIndexedOnlyAsItIsLookedUp() throws Exception {
    // by id, by version (ingestion and uniqueness) and in start order (settlement); not by file
    Map<String, List<String>> indexes = new TreeMap<>();
    try (var connection = jdbc.getDataSource().getConnection();
        var rs =
            connection.getMetaData().getIndexInfo(null, null, "CHARGING_SESSION", false, false)) {
      while (rs.next()) {
        indexes
            .computeIfAbsent(rs.getString("INDEX_NAME"), k -> new ArrayList<>())
            .add(rs.getString("COLUMN_NAME"));
      }
    }
    assertThat(indexes.values())
        .containsExactlyInAnyOrder(
            List.of("ID"),
            List.of("PARTY_ID", "RECORD_ID", "VERSION"),
            List.of("PARTY_ID", "STARTED_AT", "RECORD_ID"));
  }

  @Test
  void theLatestChargersAreReadFromTheChargersNotFromEveryRecordHead() {
    String plan = jdbc.queryForObject("explain " + IngestStore.LATEST_CHARGERS, String.class);
    // record heads hold every session too: each charger looks its own head up by key
    assertThat(plan)
        .contains("FROM \"PUBLIC\".\"CHARGER\" \"C\"")
        .contains("PRIMARY_KEY_D: RECORD_TYPE = 'CHARGERS'")
        .doesNotContain("RECORD_HEAD.tableScan");
  }
}
