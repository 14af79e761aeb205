package org.evsettle.settlement.ocmf;

import java.nio.charset.StandardCharsets;

/**
 * One decoded {@code OCMF|payload|signature} dataset. The payload text is kept exactly as it
 * arrived because the signature covers those bytes, not the parsed JSON.
 */
public record OcmfDataset(String payloadText, OcmfPayload payload, OcmfSignature signature) {

  /** The bytes the meter signed: the payload section as UTF-8, untouched. */
  public byte[] signedBytes() {
    return payloadText.getBytes(StandardCharsets.UTF_8);
  }
}
