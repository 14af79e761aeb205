package org.evsettle.integrations.ingest;

import org.evsettle.settlement.RunsOnPostgresql;

/** Id template conflicts within a file, on a real PostgreSQL server. */
class IdTemplateConflictOnPostgresIT extends IdTemplateConflictTest implements RunsOnPostgresql {}
