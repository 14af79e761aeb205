package org.evsettle.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Mixed into a Spring test class to run it on a fresh database of the embedded PostgreSQL server,
 * and to prove it does: a test class whose datasource silently stayed on H2 would fail here.
 */
public interface RunsOnPostgresql {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    EmbeddedPostgres.register(registry);
  }

  @Test
  default void runsOnPostgresql(@Autowired DataSource dataSource) throws Exception {
    try (var connection = dataSource.getConnection()) {
      assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
    }
  }
}
