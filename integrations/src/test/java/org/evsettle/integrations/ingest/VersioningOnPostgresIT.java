package org.evsettle.integrations.ingest;

import org.evsettle.settlement.RunsOnPostgresql;

/** Duplicates, corrections and VOIDs on a real PostgreSQL server. */
class VersioningOnPostgresIT extends VersioningTest implements RunsOnPostgresql {}
