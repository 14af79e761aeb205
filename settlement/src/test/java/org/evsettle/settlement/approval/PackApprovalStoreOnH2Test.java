package org.evsettle.settlement.approval;

import org.springframework.test.context.TestPropertySource;

/** Pack approvals on the embedded default, H2. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:approvals;DB_CLOSE_DELAY=-1")
class PackApprovalStoreOnH2Test extends PackApprovalStoreContract {}
