package org.evsettle.batch.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Where a command finds the policy packs: the folder given, else the home's own {@code rules/},
 * else the packs installed with evsettle ({@code rules/policies} of the installation the program
 * runs from), wherever the command is run from. A folder without a pack is refused at once.
 */
final class InstalledPacks {

  private InstalledPacks() {}

  static Path choose(Path given, Path home) {
    Path folder;
    if (given != null) {
      folder = given;
    } else if (Files.isDirectory(home.resolve("rules"))) {
      folder = home.resolve("rules");
    } else {
      folder = installed();
    }
    folder = folder.toAbsolutePath().normalize();
    if (!holdsPacks(folder)) {
      throw new IllegalArgumentException("no policy packs in " + folder);
    }
    return folder;
  }

  /**
   * The installation's packs: the first folder above the program's own code that holds {@code
   * rules/policies} (the repository the launcher builds from), else {@code rules/policies} here.
   */
  static Path installed() {
    try {
      Path code =
          Path.of(InstalledPacks.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      for (Path dir = code; dir != null; dir = dir.getParent()) {
        Path packs = dir.resolve("rules").resolve("policies");
        if (holdsPacks(packs)) {
          return packs;
        }
      }
    } catch (URISyntaxException | RuntimeException e) {
      // a code source that is not a file: fall back to the working folder's packs
    }
    return Path.of("rules", "policies");
  }

  /** A pack folder, refused with its name when it has no {@code pack.yaml}. */
  static Path pack(Path folder) {
    if (!Files.isRegularFile(folder.resolve("pack.yaml"))) {
      throw new IllegalArgumentException(
          "no policy pack in " + folder.toAbsolutePath().normalize() + " (it has no pack.yaml)");
    }
    return folder;
  }

  private static boolean holdsPacks(Path folder) {
    if (!Files.isDirectory(folder)) {
      return false;
    }
    try (Stream<Path> children = Files.list(folder)) {
      return children.anyMatch(c -> Files.isRegularFile(c.resolve("pack.yaml")));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + folder, e);
    }
  }
}
