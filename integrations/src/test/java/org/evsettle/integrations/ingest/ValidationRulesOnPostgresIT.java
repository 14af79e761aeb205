package org.evsettle.integrations.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.evsettle.settlement.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The record rules, receipts and quarantine on a real PostgreSQL server. */
class ValidationRulesOnPostgresIT extends ValidationRulesTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    EmbeddedPostgres.register(registry);
  }

  @Autowired DataSource dataSource;

  @Test
  void runsOnPostgresql() throws Exception {
    try (var connection = dataSource.getConnection()) {
      assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
    }
  }
}
