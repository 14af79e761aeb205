package org.evsettle.integrations.ingest;

import org.evsettle.settlement.RunsOnPostgresql;

/** A charger's power facts, checked and stored, on a real PostgreSQL server. */
class PowerClassIngestOnPostgresIT extends PowerClassIngestTest implements RunsOnPostgresql {}
