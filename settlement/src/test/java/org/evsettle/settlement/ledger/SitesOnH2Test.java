package org.evsettle.settlement.ledger;

import org.springframework.test.context.TestPropertySource;

/** Sites on the embedded default, H2. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:sites;DB_CLOSE_DELAY=-1")
class SitesOnH2Test extends SitesContract {}
