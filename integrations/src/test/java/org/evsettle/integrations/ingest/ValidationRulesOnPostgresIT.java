package org.evsettle.integrations.ingest;

import org.evsettle.settlement.RunsOnPostgresql;

/** The record rules, receipts and quarantine on a real PostgreSQL server. */
class ValidationRulesOnPostgresIT extends ValidationRulesTest implements RunsOnPostgresql {}
