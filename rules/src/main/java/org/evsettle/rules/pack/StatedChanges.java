package org.evsettle.rules.pack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A version's {@code changes:} against what changed: every rule file that differs from the previous
 * version of the pack (the same name, the latest earlier {@code effective_from}, in the same rules
 * folder) must be named there, so a reviewer is never surprised by an edit nobody mentioned.
 */
public final class StatedChanges {

  private StatedChanges() {}

  /**
   * The files that changed but that {@code changes:} does not name; none without a previous
   * version.
   */
  public static List<String> unstated(Path folder) {
    PackManifest manifest = PackCompiler.readManifest(folder);
    Optional<Path> previous = previousVersion(folder, manifest);
    if (previous.isEmpty()) {
      return List.of();
    }
    PackManifest before = PackCompiler.readManifest(previous.get());
    String changes = manifest.changes() == null ? "" : manifest.changes();
    List<String> problems = new ArrayList<>();
    for (String file : PackDiff.changedFiles(PackDiff.between(previous.get(), folder))) {
      if (!changes.contains(file)) {
        problems.add(
            "pack.yaml: changes does not mention "
                + file
                + ", which differs from version "
                + before.version()
                + " ("
                + previous.get().getFileName()
                + "); evsettle rules diff lists what changed");
      }
    }
    return problems;
  }

  private static Optional<Path> previousVersion(Path folder, PackManifest manifest) {
    Path self = folder.toAbsolutePath().normalize();
    Path rules = self.getParent();
    if (rules == null) {
      return Optional.empty();
    }
    try (Stream<Path> siblings = Files.list(rules)) {
      return siblings
          .filter(f -> !f.equals(self) && Files.isRegularFile(f.resolve("pack.yaml")))
          .filter(f -> sameNameBefore(f, manifest))
          .max(Comparator.comparing(f -> PackCompiler.readManifest(f).effectiveFrom()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean sameNameBefore(Path other, PackManifest manifest) {
    try {
      PackManifest m = PackCompiler.readManifest(other);
      return manifest.name().equals(m.name())
          && m.effectiveFrom().isBefore(manifest.effectiveFrom());
    } catch (PackRejectedException e) {
      return false; // a broken neighbour is its own check's business
    }
  }
}
