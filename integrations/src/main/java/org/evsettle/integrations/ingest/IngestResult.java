package org.evsettle.integrations.ingest;

import org.evsettle.settlement.domain.Receipt;

/** What ingesting one file gave: its receipt and the id under which its rows are stored. */
public record IngestResult(long fileId, Receipt receipt) {}
