package org.evsettle.integrations.ingest;

import org.evsettle.settlement.RunsOnPostgresql;

/** OCPI tariffs ingested on a real PostgreSQL server. */
class OcpiTariffIngestOnPostgresIT extends OcpiTariffIngestTest implements RunsOnPostgresql {}
