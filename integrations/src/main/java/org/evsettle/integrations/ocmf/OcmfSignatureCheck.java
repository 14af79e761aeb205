package org.evsettle.integrations.ocmf;

import java.math.BigInteger;
import java.security.Signature;
import java.util.Arrays;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERSequence;

/** Checks one dataset's ECDSA signature over its payload bytes. */
final class OcmfSignatureCheck {

  private OcmfSignatureCheck() {}

  /** The algorithm the dataset names, or the default; undecodable when OCMF names no such one. */
  static OcmfSignatureAlgorithm algorithmOf(OcmfDataset dataset) throws OcmfDecodeException {
    String sa = dataset.signature().algorithm();
    return OcmfSignatureAlgorithm.fromIdentifier(sa)
        .orElseThrow(() -> new OcmfDecodeException("unknown signature algorithm (SA) " + sa));
  }

  /**
   * Empty when the signature matches the key; otherwise why not. Throws when the signature cannot
   * even be read, which makes the dataset unverifiable rather than failed.
   */
  static Optional<String> failure(OcmfDataset dataset, MeterPublicKey key, int datasetNumber)
      throws OcmfDecodeException {
    OcmfSignatureAlgorithm algorithm = algorithmOf(dataset);
    if (algorithm != key.curve()) {
      return Optional.of(
          "dataset "
              + datasetNumber
              + " is signed with "
              + algorithm.identifier()
              + " but the meter's key is on "
              + key.curve().curve());
    }
    byte[] signature =
        derSignature(
            ByteText.decode(dataset.signature().data(), dataset.signature().encoding()), algorithm);
    try {
      Signature verifier = Signature.getInstance("SHA256withECDSA", Bouncy.PROVIDER);
      verifier.initVerify(key.key());
      verifier.update(dataset.signedBytes());
      if (verifier.verify(signature)) {
        return Optional.empty();
      }
    } catch (java.security.GeneralSecurityException e) {
      // A malformed DER signature is reported like a wrong one: the meter did not sign this.
    }
    return Optional.of(
        "signature does not match the meter's public key (dataset " + datasetNumber + ")");
  }

  /**
   * The specification's only signature format is DER; a few devices write the bare r and s halves,
   * which are re-wrapped so they can be checked too.
   */
  private static byte[] derSignature(byte[] raw, OcmfSignatureAlgorithm algorithm)
      throws OcmfDecodeException {
    if (raw.length > 0 && raw[0] == 0x30) {
      try {
        ASN1Sequence.getInstance(raw);
        return raw;
      } catch (IllegalArgumentException e) {
        // fall through to the bare form
      }
    }
    int half = algorithm.coordinateBytes();
    if (raw.length != 2 * half) {
      throw new OcmfDecodeException(
          "the signature data is neither DER nor r and s of " + algorithm.curve());
    }
    BigInteger r = new BigInteger(1, Arrays.copyOfRange(raw, 0, half));
    BigInteger s = new BigInteger(1, Arrays.copyOfRange(raw, half, raw.length));
    try {
      return new DERSequence(new ASN1Integer[] {new ASN1Integer(r), new ASN1Integer(s)})
          .getEncoded();
    } catch (java.io.IOException e) {
      throw new OcmfDecodeException("the signature data cannot be re-encoded");
    }
  }
}
