package org.evsettle.integrations.ingest;

import org.evsettle.settlement.RunsOnPostgresql;

/** A killed ingest finished by the next one, on a real PostgreSQL server. */
class InterruptedIngestOnPostgresIT extends InterruptedIngestTest implements RunsOnPostgresql {}
