package org.evsettle.integrations.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The per-installation secret of the id-tag pseudonyms: read from configuration if given, otherwise
 * from {@code <home>/secrets/id-tag.key}, which is generated on first use (owner-only permissions).
 * Losing the key means new pseudonyms no longer match old ones, so it is never rotated silently.
 */
public final class IdTagKeyFile {

  private IdTagKeyFile() {}

  public static byte[] load(String configuredHex, Path home) {
    if (configuredHex != null && !configuredHex.isBlank()) {
      return HexFormat.of().parseHex(configuredHex.trim());
    }
    Path file = home.resolve("secrets").resolve("id-tag.key");
    try {
      if (Files.exists(file)) {
        return HexFormat.of().parseHex(Files.readString(file).trim());
      }
      byte[] secret = new byte[32];
      new SecureRandom().nextBytes(secret);
      Files.createDirectories(file.getParent());
      Files.writeString(file, HexFormat.of().formatHex(secret) + "\n");
      try {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException notPosix) {
        // Not a POSIX file system: the folder's own permissions protect the key.
      }
      return secret;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create the id-tag key " + file, e);
    }
  }
}
