package org.evsettle.settlement.ledger;

import org.evsettle.settlement.RunsOnPostgresql;

/** The period's input files on a real PostgreSQL server. */
class PeriodInputFilesOnPostgresTest extends PeriodInputFilesContract implements RunsOnPostgresql {}
