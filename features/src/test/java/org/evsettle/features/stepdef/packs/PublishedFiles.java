package org.evsettle.features.stepdef.packs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** What a home has published (exports and the runs' workbooks), file by file, by SHA-256. */
final class PublishedFiles {

  private PublishedFiles() {}

  static Map<String, String> hashes(Path home) {
    Map<String, String> files = new TreeMap<>();
    for (String folder : new String[] {"outbox", "reports"}) {
      try (Stream<Path> all = Files.walk(home.resolve(folder))) {
        for (Path f : all.filter(Files::isRegularFile).toList()) {
          files.put(
              home.relativize(f).toString(),
              HexFormat.of()
                  .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }
    return files;
  }
}
