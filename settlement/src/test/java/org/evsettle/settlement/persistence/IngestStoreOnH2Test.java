package org.evsettle.settlement.persistence;

import org.springframework.test.context.TestPropertySource;

/** The ingest store on the embedded default: an H2 database. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:ingest-store;DB_CLOSE_DELAY=-1")
class IngestStoreOnH2Test extends IngestStoreContract {

  @Override
  String expectedDatabase() {
    return "H2";
  }
}
