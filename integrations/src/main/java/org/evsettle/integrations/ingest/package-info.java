/**
 * Ingestion independent of transport: a file (from the inbox today, HTTP or Kafka later) is read
 * row by row, each row parsed, validated against the registry and the clock, and stored as a new
 * version, counted as a duplicate, or rejected with its reason.
 */
package org.evsettle.integrations.ingest;
