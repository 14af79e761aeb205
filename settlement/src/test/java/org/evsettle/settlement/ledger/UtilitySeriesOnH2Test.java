package org.evsettle.settlement.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** Utility prices and carbon hours on the embedded default, H2. */
@TestPropertySource(
    properties = "spring.datasource.url=jdbc:h2:mem:utility-series;DB_CLOSE_DELAY=-1")
class UtilitySeriesOnH2Test extends UtilitySeriesContract {

  @Autowired JdbcTemplate jdbc;

  @ParameterizedTest
  @CsvSource({
    "PRICES, UTILITY_PRICE_BY_START: INTERVAL_START > ?1 AND INTERVAL_START < ?2",
    "CARBON, CARBON_INTENSITY_BY_START: HOUR_START > ?1 AND HOUR_START < ?2"
  })
  void aWindowIsReadThroughTheStartIndexNotTheWholeHistory(String series, String expected) {
    String sql = series.equals("PRICES") ? UtilitySeries.PRICES : UtilitySeries.CARBON;
    String plan =
        jdbc.queryForObject(
            "explain " + sql, String.class, "2026-09-30T17:30Z", "2026-10-31T18:30Z");
    assertThat(plan.replaceAll("\\s+", " ")).contains(expected).doesNotContain("tableScan");
  }
}
