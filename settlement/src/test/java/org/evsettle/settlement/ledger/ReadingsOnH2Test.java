package org.evsettle.settlement.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** Readings on the embedded default, H2. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:readings;DB_CLOSE_DELAY=-1")
class ReadingsOnH2Test extends ReadingsContract {

  @Autowired JdbcTemplate jdbc;

  @Test
  void eachMetersReadingsAreLookedUpByMeter() {
    // not every reading of the month read for each operator
    String plan =
        String.join(
            "\n",
            jdbc.queryForList(
                "explain " + InputSnapshot.readingsOf(2),
                String.class,
                "M1",
                "M2",
                "2026-11-01T00:00Z",
                "2026-09-30T00:00Z"));
    assertThat(plan).contains("INTERVAL_READING_BY_METER: METER_ID IN(?1, ?2)");
  }
}
