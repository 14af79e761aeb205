package org.evsettle.settlement.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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
            List.of("RECORD_ID", "PARTY_ID", "VERSION"),
            List.of("PARTY_ID", "STARTED_AT", "RECORD_ID"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"charging_session", "site", "utility_price", "carbon_intensity"})
  void aChunksRecordsAreLookedUpByIdInTheirVersions(String table) {
    // a chunk's ids are one list: the version constraint serves it only with the id first
    String plan =
        jdbc.queryForObject(
            "explain " + IngestStore.headsOf(table).replace(":ids", "?, ?").replace(":party", "?"),
            String.class,
            "S1",
            "S2",
            "OP1");
    // H2 names the constraint's index after it and a counter: CHARGING_SESSION_VERSION_INDEX_8, _D
    String index = table.toUpperCase(java.util.Locale.ROOT) + "_VERSION_INDEX_[0-9A-Z]+: ";
    assertThat(plan.replaceAll("\\s+", " "))
        .containsPattern(index + "RECORD_ID IN\\(\\?1, \\?2\\)")
        .containsPattern(index + "VERSION > T.VERSION AND RECORD_ID = T.RECORD_ID")
        .doesNotContain("tableScan");
  }
}
