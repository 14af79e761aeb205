package org.evsettle.settlement.ocmf;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.util.Arrays;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1Integer;
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
   *
   * @param which how the reason names the dataset: "dataset 2" in a session of several, else "the
   *     dataset"
   */
  static Optional<String> failure(OcmfDataset dataset, MeterPublicKey key, String which)
      throws OcmfDecodeException {
    OcmfSignatureAlgorithm algorithm = algorithmOf(dataset);
    if (algorithm != key.curve()) {
      return Optional.of(
          which
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
    } catch (GeneralSecurityException e) {
      // A malformed DER signature is reported like a wrong one: the meter did not sign this.
    }
    return Optional.of(
        "signature does not match the meter's public key"
            + (which.startsWith("dataset ") ? " (" + which + ")" : ""));
  }

  /**
   * The specification's only signature format is DER. Some meters pad an integer with a needless
   * zero byte, which strict DER rejects, and a few write the bare r and s halves; both are read
   * into r and s and re-encoded, which changes nothing about what was signed.
   */
  private static byte[] derSignature(byte[] raw, OcmfSignatureAlgorithm algorithm)
      throws OcmfDecodeException {
    BigInteger[] rs = derIntegers(raw);
    if (rs == null) {
      int half = algorithm.coordinateBytes();
      if (raw.length != 2 * half) {
        throw new OcmfDecodeException(
            "the signature data is neither DER nor r and s of " + algorithm.curve());
      }
      rs =
          new BigInteger[] {
            new BigInteger(1, Arrays.copyOfRange(raw, 0, half)),
            new BigInteger(1, Arrays.copyOfRange(raw, half, raw.length))
          };
    }
    try {
      return new DERSequence(new ASN1Integer[] {new ASN1Integer(rs[0]), new ASN1Integer(rs[1])})
          .getEncoded();
    } catch (IOException e) {
      throw new OcmfDecodeException("the signature data cannot be re-encoded");
    }
  }

  /** r and s of {@code SEQUENCE { INTEGER r, INTEGER s }}, leniently; null when not that shape. */
  private static BigInteger[] derIntegers(byte[] der) {
    if (der.length < 8 || der[0] != 0x30 || (der[1] & 0xff) != der.length - 2) {
      return null;
    }
    int at = 2;
    BigInteger[] rs = new BigInteger[2];
    for (int i = 0; i < 2; i++) {
      if (at + 2 > der.length || der[at] != 0x02) {
        return null;
      }
      int length = der[at + 1] & 0xff;
      if (length == 0 || length > 0x7f || at + 2 + length > der.length) {
        return null;
      }
      rs[i] = new BigInteger(1, Arrays.copyOfRange(der, at + 2, at + 2 + length));
      at += 2 + length;
    }
    return at == der.length ? rs : null;
  }
}
