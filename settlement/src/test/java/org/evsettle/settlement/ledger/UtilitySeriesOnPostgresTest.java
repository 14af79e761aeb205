package org.evsettle.settlement.ledger;

import org.evsettle.settlement.RunsOnPostgresql;

/** Utility prices and carbon hours on a real PostgreSQL server. */
class UtilitySeriesOnPostgresTest extends UtilitySeriesContract implements RunsOnPostgresql {}
