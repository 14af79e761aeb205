package org.evsettle.integrations.ingest;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Replaces a user's card or account id with a keyed pseudonym (HMAC-SHA-256, hex), so sessions of
 * the same user can still be linked while the clear value is never stored, logged or exported.
 */
public final class IdTagPseudonymizer {

  private static final String ALGORITHM = "HmacSHA256";
  private final SecretKeySpec key;
  // a Mac is not thread-safe and costly to look up: one per thread, reused row after row
  private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

  public IdTagPseudonymizer(byte[] secret) {
    if (secret.length < 32) {
      throw new IllegalArgumentException("the id-tag key must be at least 32 bytes");
    }
    this.key = new SecretKeySpec(secret.clone(), ALGORITHM);
  }

  public String pseudonym(String idTag) {
    if (idTag == null) {
      return null;
    }
    return HexFormat.of().formatHex(macs.get().doFinal(idTag.getBytes(StandardCharsets.UTF_8)));
  }

  private Mac newMac() {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac;
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HMAC-SHA-256 is not available", e);
    }
  }
}
