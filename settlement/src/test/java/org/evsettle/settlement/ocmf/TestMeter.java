package org.evsettle.settlement.ocmf;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import org.bouncycastle.util.encoders.Hex;

/** A meter made up in a test: a fresh key pair on an OCMF curve that signs payloads as OCMF. */
final class TestMeter {

  private final OcmfSignatureAlgorithm algorithm;
  private final KeyPair keys;

  TestMeter(OcmfSignatureAlgorithm algorithm) {
    this.algorithm = algorithm;
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", Bouncy.PROVIDER);
      generator.initialize(new ECGenParameterSpec(algorithm.curve()), new SecureRandom());
      this.keys = generator.generateKeyPair();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The public key as the chargers registry holds it: hex DER SubjectPublicKeyInfo. */
  String publicKeyHex() {
    return Hex.toHexString(keys.getPublic().getEncoded());
  }

  /** {@code OCMF|payload|signature} with a DER signature in hex. */
  String sign(String payload) {
    return "OCMF|"
        + payload
        + "|{\"SA\":\""
        + algorithm.identifier()
        + "\",\"SD\":\""
        + Hex.toHexString(signature(payload)).toUpperCase()
        + "\"}";
  }

  byte[] signature(String payload) {
    try {
      Signature signer = Signature.getInstance("SHA256withECDSA", Bouncy.PROVIDER);
      signer.initSign(keys.getPrivate());
      signer.update(payload.getBytes(StandardCharsets.UTF_8));
      return signer.sign();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A session payload with begin and end readings of the import register. */
  static String payload(String serial, String page, String begin, String end, String unit) {
    return payload(serial, page, reading("B", begin, unit, "") + "," + reading("E", end, unit, ""));
  }

  static String payload(String serial, String page, String readings) {
    return "{\"FV\":\"1.0\",\"GI\":\"Test Gateway\",\"GS\":\"G1\",\"PG\":\""
        + page
        + "\",\"MV\":\"Test\",\"MS\":\""
        + serial
        + "\",\"IS\":true,\"IT\":\"ISO14443\",\"ID\":\"1F2D3A4F\",\"RD\":["
        + readings
        + "]}";
  }

  static String reading(String tx, String value, String unit, String errorFlags) {
    String time =
        "B".equals(tx) ? "2024-05-02T10:00:00,000+0200 S" : "2024-05-02T11:00:00,000+0200 S";
    return "{\"TM\":\""
        + time
        + "\",\"TX\":\""
        + tx
        + "\",\"RV\":"
        + value
        + ",\"RI\":\"1-b:1.8.0\",\"RU\":\""
        + unit
        + "\",\"RT\":\"DC\",\"EF\":\""
        + errorFlags
        + "\",\"ST\":\"G\"}";
  }
}
