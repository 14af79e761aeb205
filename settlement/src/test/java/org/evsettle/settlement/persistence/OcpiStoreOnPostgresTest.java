package org.evsettle.settlement.persistence;

import org.evsettle.settlement.EmbeddedPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The OCPI store on a real PostgreSQL server. */
class OcpiStoreOnPostgresTest extends OcpiStoreContract {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    EmbeddedPostgres.register(registry);
  }

  @Override
  String expectedDatabase() {
    return "PostgreSQL";
  }
}
