package org.evsettle.settlement.ocmf;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.util.encoders.Hex;

/**
 * A made-up OCMF meter for worked examples and generated sample data, never for real meters: it
 * signs a session's begin and end readings on secp256r1 with a key fixed by its caller, and with
 * deterministic ECDSA (RFC 6979), so the same session always gets the same signed data and two
 * generated months are byte for byte the same.
 */
public final class SigningMeter {

  private static final DateTimeFormatter OCMF_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss,SSSxx");

  private final String serial;
  private final ECDomainParameters domain;
  private final ECPrivateKeyParameters privateKey;
  private final String publicKeyHex;

  /**
   * @param privateScalar the private key (1 &lt; d &lt; n of secp256r1); fixed, as the data it
   *     signs must be reproducible
   * @param serial the meter's serial, written as {@code MS} and registered with the charger
   */
  public SigningMeter(BigInteger privateScalar, String serial) {
    X9ECParameters curve = CustomNamedCurves.getByName("secp256r1");
    this.domain = new ECDomainParameters(curve);
    this.privateKey = new ECPrivateKeyParameters(privateScalar, domain);
    this.serial = serial;
    byte[] point = domain.getG().multiply(privateScalar).normalize().getEncoded(false);
    try {
      byte[] der =
          new SubjectPublicKeyInfo(
                  new AlgorithmIdentifier(
                      X9ObjectIdentifiers.id_ecPublicKey, SECObjectIdentifiers.secp256r1),
                  point)
              .getEncoded();
      // decoded once through the verifier's own path: a key it could not read is a bug here
      KeyFactory.getInstance("EC", Bouncy.PROVIDER).generatePublic(new X509EncodedKeySpec(der));
      this.publicKeyHex = Hex.toHexString(der).toUpperCase(java.util.Locale.ROOT);
    } catch (Exception e) {
      throw new IllegalStateException("cannot encode the meter's public key", e);
    }
  }

  /** The key to register for the charger: hex DER SubjectPublicKeyInfo. */
  public String publicKeyHex() {
    return publicKeyHex;
  }

  public String serial() {
    return serial;
  }

  /**
   * One {@code OCMF|payload|signature} dataset holding the begin and end readings of the import
   * register in kWh, timed in {@code offset}.
   */
  public String signSession(
      Instant begin, Instant end, BigDecimal beginKwh, BigDecimal endKwh, ZoneOffset offset) {
    String payload =
        "{\"FV\":\"1.0\",\"GI\":\"evsettle sample meter\",\"GS\":\""
            + serial
            + "\",\"PG\":\"T1\",\"MV\":\"evsettle\",\"MS\":\""
            + serial
            + "\",\"IS\":false,\"IT\":\"NONE\",\"ID\":\"\",\"RD\":["
            + reading(begin, "B", beginKwh, offset)
            + ","
            + reading(end, "E", endKwh, offset)
            + "]}";
    return "OCMF|"
        + payload
        + "|{\"SA\":\"ECDSA-secp256r1-SHA256\",\"SD\":\""
        + Hex.toHexString(signature(payload)).toUpperCase(java.util.Locale.ROOT)
        + "\"}";
  }

  private static String reading(Instant at, String tx, BigDecimal kwh, ZoneOffset offset) {
    return "{\"TM\":\""
        + OCMF_TIME.format(at.atOffset(offset))
        + " S\",\"TX\":\""
        + tx
        + "\",\"RV\":"
        + kwh.toPlainString()
        + ",\"RI\":\"1-b:1.8.0\",\"RU\":\"kWh\",\"RT\":\"DC\",\"EF\":\"\",\"ST\":\"G\"}";
  }

  private byte[] signature(String payload) {
    byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
    SHA256Digest digest = new SHA256Digest();
    digest.update(bytes, 0, bytes.length);
    byte[] hash = new byte[digest.getDigestSize()];
    digest.doFinal(hash, 0);
    ECDSASigner signer = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
    signer.init(true, privateKey);
    BigInteger[] rs = signer.generateSignature(hash);
    try {
      return new DERSequence(new ASN1Integer[] {new ASN1Integer(rs[0]), new ASN1Integer(rs[1])})
          .getEncoded();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
