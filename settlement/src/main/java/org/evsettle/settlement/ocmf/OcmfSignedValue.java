package org.evsettle.settlement.ocmf;

/**
 * One signed dataset as a charger delivered it, with the public key it sent alongside, if any (the
 * S.A.F.E. transparency format and OCPP both allow a key next to the data).
 *
 * @param signedData the {@code OCMF|payload|signature} text
 * @param publicKey the key given with the data, hex or base64; null when none was given
 */
public record OcmfSignedValue(String signedData, String publicKey) {

  public static OcmfSignedValue withoutKey(String signedData) {
    return new OcmfSignedValue(signedData, null);
  }
}
