package org.evsettle.settlement.ledger;

import org.evsettle.settlement.RunsOnPostgresql;

/** Readings on a real PostgreSQL server. */
class ReadingsOnPostgresTest extends ReadingsContract implements RunsOnPostgresql {}
