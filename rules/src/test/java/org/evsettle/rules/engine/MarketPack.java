package org.evsettle.rules.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * The Beijing reference pack with the period-wide policies of {@code packs/market-rules} laid over
 * it (its pack.yaml replaces Beijing's), in a temporary folder.
 */
public final class MarketPack {

  private MarketPack() {}

  public static Path in(Path folder) {
    Path pack = folder.resolve("market");
    copy(Path.of("policies/beijing"), pack);
    copy(Path.of("src/test/resources/packs/market-rules"), pack);
    return pack;
  }

  private static void copy(Path source, Path target) {
    try (Stream<Path> files = Files.walk(source)) {
      for (Path f : files.toList()) {
        Path to = target.resolve(source.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(to);
        } else {
          Files.copy(f, to, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
