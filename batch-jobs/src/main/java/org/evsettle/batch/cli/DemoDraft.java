package org.evsettle.batch.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The demo's draft: a copy of the packs in which the 2027 version of the Beijing pack takes effect
 * from October 2026, as a regulator would draft it to see what the new tariff would pay.
 */
final class DemoDraft {

  static final String FOLDER = "tariff-2027-from-october";
  private static final String EFFECTIVE = "effective_from: 2027-01-01";

  private DemoDraft() {}

  /** The draft's folder of packs, or null when these packs have no 2027 Beijing version. */
  static Path tariff2027FromOctober(Path packs, Path drafts) throws IOException {
    Path manifest = packs.resolve("beijing-2027").resolve("pack.yaml");
    if (!Files.isRegularFile(manifest) || !Files.readString(manifest).contains(EFFECTIVE)) {
      return null;
    }
    Path draft = drafts.resolve(FOLDER);
    try (Stream<Path> files = Files.walk(packs)) {
      for (Path f : files.toList()) {
        Path to = draft.resolve(packs.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(to);
        } else {
          Files.copy(f, to);
        }
      }
    }
    Path edited = draft.resolve("beijing-2027").resolve("pack.yaml");
    Files.writeString(
        edited, Files.readString(edited).replace(EFFECTIVE, "effective_from: 2026-10-01"));
    return draft;
  }
}
