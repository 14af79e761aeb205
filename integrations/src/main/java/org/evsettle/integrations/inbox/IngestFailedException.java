package org.evsettle.integrations.inbox;

/**
 * Ingestion stopped on an unexpected error (not a bad row or file); the file stays in the inbox.
 */
public class IngestFailedException extends RuntimeException {

  public IngestFailedException(Throwable cause) {
    super("ingestion stopped: " + (cause == null ? "unknown error" : cause.getMessage()), cause);
  }
}
