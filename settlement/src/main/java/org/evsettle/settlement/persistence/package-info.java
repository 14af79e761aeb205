/**
 * Persistence of input records and ingestion bookkeeping. The schema is owned by the Flyway
 * migrations in {@code db/migration}; Hibernate maps it read-side and validates it. The ingest hot
 * path writes with JDBC batches ({@link org.evsettle.settlement.persistence.IngestStore}) because a
 * million-row file must not pass through a persistence context.
 */
package org.evsettle.settlement.persistence;
