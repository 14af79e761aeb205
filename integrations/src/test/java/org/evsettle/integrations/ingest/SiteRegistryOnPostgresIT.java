package org.evsettle.integrations.ingest;

import org.evsettle.settlement.RunsOnPostgresql;

/** The site registry on a real PostgreSQL server. */
class SiteRegistryOnPostgresIT extends SiteRegistryTest implements RunsOnPostgresql {}
