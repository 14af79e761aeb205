package org.evsettle.settlement.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.evsettle.settlement.persistence.IngestStore;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V14 and V22 on chargers registered before them: they read back without current type and connector
 * (classed by power), and without a meter key or serial.
 */
class ChargerPowerClassMigrationTest {

  private static void charger(JdbcTemplate jdbc, String id, String kw) {
    jdbc.update(
        "insert into charger (party_id, record_id, version, status, content_sha256, file_id,"
            + " line_no, received_at, first_received_at, operator_id, site_id, utility_id, access,"
            + " rated_power_kw) values ('OP1', ?, 1, 'ACTIVE', ?, 1, 2, current_timestamp,"
            + " current_timestamp, 'OP1', 'S1', 'UT1', 'PUBLIC', ?)",
        id,
        "ab".repeat(32),
        new java.math.BigDecimal(kw));
  }

  @ParameterizedTest
  @MethodSource("org.evsettle.settlement.ledger.MigratedDatabases#fresh")
  void chargersRegisteredBeforeReadBackWithoutCurrentTypeOrConnector(
      String vendor, String url, String user, String password) {
    var db = new DriverManagerDataSource(url, user, password);
    var jdbc = new JdbcTemplate(db);
    MigratedDatabases.migrate(db, vendor, "13");
    charger(jdbc, "C-22", "22");
    charger(jdbc, "C-400", "400");

    MigratedDatabases.migrate(db, vendor, "14");
    // the store reads the charger columns of every later migration too (V22: the meter's key)
    MigratedDatabases.migrate(db, vendor, "22");

    assertThat(new IngestStore(jdbc).latestChargers())
        .extracting(
            c -> c.chargerId() + " " + c.currentType() + " " + c.connector() + " " + c.powerClass())
        .containsExactly("C-22 null null AC", "C-400 null null ULTRAFAST");
  }

  @ParameterizedTest
  @MethodSource("org.evsettle.settlement.ledger.MigratedDatabases#fresh")
  void chargersRegisteredBeforeV22ReadBackWithoutAMeterKeyOrSerial(
      String vendor, String url, String user, String password) {
    var db = new DriverManagerDataSource(url, user, password);
    var jdbc = new JdbcTemplate(db);
    MigratedDatabases.migrate(db, vendor, "20");
    charger(jdbc, "C-120", "120");

    MigratedDatabases.migrate(db, vendor, "22");

    assertThat(new IngestStore(jdbc).latestChargers())
        .extracting(c -> c.chargerId() + " " + c.meterPublicKey() + " " + c.meterSerial())
        .containsExactly("C-120 null null");
  }
}
