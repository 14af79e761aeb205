package org.evsettle.settlement.ledger;

import java.util.UUID;
import java.util.stream.Stream;
import org.evsettle.settlement.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.provider.Arguments;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Fresh databases of each supported vendor, migrated step by step by the tests of a migration. */
final class MigratedDatabases {

  private MigratedDatabases() {}

  /** Vendor, URL, user and password of a fresh H2 and a fresh PostgreSQL database. */
  static Stream<Arguments> fresh() {
    return Stream.of(
        Arguments.of("h2", "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", ""),
        Arguments.of("postgresql", EmbeddedPostgres.newDatabase(), "postgres", "postgres"));
  }

  /** Migrates {@code db} up to the version {@code target} ("latest" for every migration). */
  static void migrate(DriverManagerDataSource db, String vendor, String target) {
    Flyway.configure()
        .dataSource(db)
        .locations("classpath:db/migration", "classpath:db/vendor/" + vendor)
        .target(target)
        .load()
        .migrate();
  }
}
