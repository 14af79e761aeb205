package org.evsettle.settlement.ocmf;

/** Input that cannot be read as OCMF; the message is a sentence fit for an auditor. */
public class OcmfDecodeException extends Exception {

  public OcmfDecodeException(String message) {
    super(message);
  }
}
