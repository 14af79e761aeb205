package org.evsettle.integrations.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * The SHA-256 of a record's canonical content, in hex, by which duplicates and corrections are told
 * apart, whatever format the record came in. One digest reused (a look-up per row is costly): one
 * file, one thread.
 */
public final class ContentHash {

  private final MessageDigest digest = FileScan.newDigest();

  public String of(String text) {
    return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
  }
}
