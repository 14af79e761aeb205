package org.evsettle.rules.pack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The packs under a rules folder ({@code rules/policies}), read from disk at every selection: a
 * regulator's edit is used by the next evaluation, without a rebuild. Versions of a pack share its
 * {@code name}; a period uses the version with the latest {@code effective_from} that applies on
 * the period's first day. A compiled version is reused while its files' SHA-256 is unchanged; when
 * edited files fail to compile, the last version of that folder that compiled stays in use and the
 * problems are reported with the selection.
 */
public final class PolicyPacks {

  private final Path rulesFolder;
  private final PackCompiler compiler = new PackCompiler();
  private final Map<Path, CompiledPack> lastGood = new ConcurrentHashMap<>();

  public PolicyPacks(Path rulesFolder) {
    this.rulesFolder = rulesFolder;
  }

  public PackSelection select(String name, YearMonth period) {
    Path folder = versionFor(name, period);
    String sha256 = PackFiles.of(folder).sha256();
    CompiledPack previous = lastGood.get(folder);
    if (previous != null && previous.sha256().equals(sha256)) {
      return new PackSelection(previous, List.of());
    }
    try {
      CompiledPack compiled = compiler.compile(folder);
      lastGood.put(folder, compiled);
      return new PackSelection(compiled, List.of());
    } catch (PackRejectedException e) {
      if (previous == null) {
        throw e;
      }
      return new PackSelection(previous, e.problems());
    }
  }

  /** The folder of the version of {@code name} that applies to the period. */
  public Path versionFor(String name, YearMonth period) {
    List<Path> versions = versions(name);
    if (versions.isEmpty()) {
      throw new IllegalArgumentException("no policy pack named '" + name + "' in " + rulesFolder);
    }
    var day = period.atDay(1);
    return versions.stream()
        .filter(folder -> PackCompiler.readManifest(folder).appliesOn(day))
        .max(Comparator.comparing(folder -> PackCompiler.readManifest(folder).effectiveFrom()))
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no version of pack '"
                        + name
                        + "' applies to "
                        + period
                        + "; versions: "
                        + versions.stream()
                            .map(
                                f ->
                                    PackCompiler.readManifest(f).version()
                                        + " from "
                                        + PackCompiler.readManifest(f).effectiveFrom())
                            .collect(Collectors.joining(", "))));
  }

  private List<Path> versions(String name) {
    try (Stream<Path> folders = Files.list(rulesFolder)) {
      return folders
          .filter(f -> Files.isRegularFile(f.resolve("pack.yaml")))
          .filter(f -> name.equals(PackCompiler.readManifest(f).name()))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the policy packs in " + rulesFolder, e);
    }
  }
}
