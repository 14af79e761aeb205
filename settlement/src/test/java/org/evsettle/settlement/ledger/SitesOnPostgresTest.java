package org.evsettle.settlement.ledger;

import org.evsettle.settlement.RunsOnPostgresql;

/** Sites on a real PostgreSQL server. */
class SitesOnPostgresTest extends SitesContract implements RunsOnPostgresql {}
