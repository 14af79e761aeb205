package org.evsettle.batch.settle;

import org.evsettle.settlement.RunsOnPostgresql;

/** The settle job, its ledger, exports and workbooks on a real PostgreSQL server. */
class SettleJobOnPostgresIT extends SettleJobIT implements RunsOnPostgresql {}
