package org.evsettle.settlement.approval;

import org.evsettle.settlement.RunsOnPostgresql;

/** Pack approvals on a real PostgreSQL server. */
class PackApprovalStoreOnPostgresTest extends PackApprovalStoreContract
    implements RunsOnPostgresql {}
