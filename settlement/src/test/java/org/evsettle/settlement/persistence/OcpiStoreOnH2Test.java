package org.evsettle.settlement.persistence;

import org.springframework.test.context.TestPropertySource;

/** The OCPI store on the embedded default: an H2 database. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:ocpi-store;DB_CLOSE_DELAY=-1")
class OcpiStoreOnH2Test extends OcpiStoreContract {

  @Override
  String expectedDatabase() {
    return "H2";
  }
}
