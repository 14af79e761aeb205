package org.evsettle.settlement.ledger;

import org.springframework.test.context.TestPropertySource;

/** The period's input files on the embedded default, H2. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:periodfiles;DB_CLOSE_DELAY=-1")
class PeriodInputFilesOnH2Test extends PeriodInputFilesContract {}
