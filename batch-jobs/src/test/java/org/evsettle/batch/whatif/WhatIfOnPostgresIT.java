package org.evsettle.batch.whatif;

import org.evsettle.settlement.RunsOnPostgresql;

/** What-ifs, and the ledger they leave as it was, on a real PostgreSQL server. */
class WhatIfOnPostgresIT extends WhatIfIT implements RunsOnPostgresql {}
