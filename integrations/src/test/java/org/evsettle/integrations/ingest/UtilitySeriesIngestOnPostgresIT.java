package org.evsettle.integrations.ingest;

import org.evsettle.settlement.RunsOnPostgresql;

/** Utilities' prices and carbon intensity on a real PostgreSQL server. */
class UtilitySeriesIngestOnPostgresIT extends UtilitySeriesIngestTest implements RunsOnPostgresql {}
