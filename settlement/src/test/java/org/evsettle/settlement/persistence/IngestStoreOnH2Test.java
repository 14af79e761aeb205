package org.evsettle.settlement.persistence;

import static org.assertj.core.api.Assertions.assertThat;

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
  void theLatestChargersAreReadFromTheChargersNotFromEveryRecordHead() {
    String plan = jdbc.queryForObject("explain " + IngestStore.LATEST_CHARGERS, String.class);
    // record heads hold every session too: each charger looks its own head up by key
    assertThat(plan)
        .contains("FROM \"PUBLIC\".\"CHARGER\" \"C\"")
        .contains("PRIMARY_KEY_D: RECORD_TYPE = 'CHARGERS'")
        .doesNotContain("RECORD_HEAD.tableScan");
  }
}
