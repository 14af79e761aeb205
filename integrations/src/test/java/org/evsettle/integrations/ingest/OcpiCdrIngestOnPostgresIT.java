package org.evsettle.integrations.ingest;

import org.evsettle.settlement.RunsOnPostgresql;

/** OCPI CDRs ingested on a real PostgreSQL server. */
class OcpiCdrIngestOnPostgresIT extends OcpiCdrIngestTest implements RunsOnPostgresql {}
