package org.evsettle.settlement.ocmf;

import java.util.Locale;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;

/**
 * The signature algorithms OCMF names (specification table 22): ECDSA with SHA-256 on seven curves.
 * The specification spells the brainpool curves {@code brainpool256r1}; meters in the field write
 * {@code brainpoolP256r1}, so both spellings are accepted.
 */
public enum OcmfSignatureAlgorithm {
  SECP192K1("secp192k1"),
  SECP256K1("secp256k1"),
  SECP192R1("secp192r1"),
  SECP256R1("secp256r1"),
  BRAINPOOL_P256R1("brainpoolP256r1"),
  SECP384R1("secp384r1"),
  BRAINPOOL_P384R1("brainpoolP384r1");

  /** What a dataset without {@code SA} means (the specification's default). */
  public static final OcmfSignatureAlgorithm DEFAULT = SECP256R1;

  private final String curve;

  OcmfSignatureAlgorithm(String curve) {
    this.curve = curve;
  }

  /** BouncyCastle's name of the curve. */
  public String curve() {
    return curve;
  }

  /** The identifier as written in {@code SA}, e.g. {@code ECDSA-brainpoolP256r1-SHA256}. */
  public String identifier() {
    return "ECDSA-" + curve + "-SHA256";
  }

  public ASN1ObjectIdentifier curveOid() {
    return ECNamedCurveTable.getOID(curve);
  }

  /** Bytes of one coordinate, or of r or s: the field size rounded up. */
  public int coordinateBytes() {
    return (ECNamedCurveTable.getByName(curve).getCurve().getFieldSize() + 7) / 8;
  }

  /** The algorithm an {@code SA} value names; empty when it names none OCMF knows. */
  public static Optional<OcmfSignatureAlgorithm> fromIdentifier(String sa) {
    if (sa == null || sa.isBlank()) {
      return Optional.of(DEFAULT);
    }
    String normalized = sa.strip().toLowerCase(Locale.ROOT).replace("brainpoolp", "brainpool");
    for (OcmfSignatureAlgorithm algorithm : values()) {
      String known =
          algorithm.identifier().toLowerCase(Locale.ROOT).replace("brainpoolp", "brainpool");
      if (known.equals(normalized)) {
        return Optional.of(algorithm);
      }
    }
    return Optional.empty();
  }

  /** The algorithm whose curve has this identifier, if OCMF names it. */
  public static Optional<OcmfSignatureAlgorithm> forCurve(ASN1ObjectIdentifier oid) {
    for (OcmfSignatureAlgorithm algorithm : values()) {
      if (algorithm.curveOid().equals(oid)) {
        return Optional.of(algorithm);
      }
    }
    return Optional.empty();
  }
}
