/**
 * The inbox: a Camel file route that picks up everything under {@code <home>/inbox/} in ingest
 * order, hands each file to the ingestor, writes its receipt, and removes it from the inbox (a file
 * that could not be read is kept in the quarantine).
 */
package org.evsettle.integrations.inbox;
