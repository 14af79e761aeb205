package org.evsettle.settlement.ledger;

import org.evsettle.settlement.RunsOnPostgresql;

/** The ledger's order on a real PostgreSQL server. */
class LedgerOrderOnPostgresTest extends LedgerOrderContract implements RunsOnPostgresql {}
