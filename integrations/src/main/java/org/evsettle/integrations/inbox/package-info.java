/**
 * The inbox: a Camel file route that picks up everything under {@code <home>/inbox/} in ingest
 * order, hands each file to the ingestor, writes its receipt, and moves it to the archive (or to
 * the quarantine when it could not be read).
 */
package org.evsettle.integrations.inbox;
