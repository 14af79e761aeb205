package org.evsettle.rules.pack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The files of a pack as it is used: its own files, and the rule files it inherits from the packs
 * it extends that it neither replaces (a file of the same name) nor removes. {@code hashed} names
 * every file that decides what the pack does, its own by their path in the folder, inherited ones
 * (and the manifests they come with) under their pack's folder name; their SHA-256 identifies the
 * resolved pack, so an edit of an inherited file changes the hash of every version that uses it.
 */
public record PackFiles(
    Path folder,
    SortedMap<String, Path> hashed,
    List<Path> drl,
    List<Path> decisionTables,
    List<PackProblem> problems) {

  public static PackFiles of(Path folder) {
    PackLineage lineage = PackLineage.of(folder);
    List<PackProblem> problems = new ArrayList<>(lineage.problems());
    SortedMap<String, Path> hashed = new TreeMap<>();
    Map<String, Path> ruleFiles = new TreeMap<>();
    List<Path> folders = lineage.folders();
    for (int i = folders.size() - 1; i >= 0; i--) {
      Path pack = folders.get(i);
      boolean own = i == 0;
      for (String removed : PackLineage.removes(pack)) {
        if (ruleFiles.remove(removed) == null) {
          problems.add(
              new PackProblem(
                  pack.getFileName() + "/pack.yaml",
                  "",
                  "removes: '" + removed + "' is not a rule file of the pack it extends"));
        }
      }
      for (Path link : linksOf(pack)) {
        problems.add(
            new PackProblem(
                pack.relativize(link).toString().replace('\\', '/'),
                "",
                "a pack's files may not be links: a link could read a file outside the pack"));
      }
      for (Path file : filesOf(pack)) {
        String relative = pack.relativize(file).toString().replace('\\', '/');
        if (own) {
          hashed.put(relative, file);
        } else if (relative.equals("pack.yaml")) {
          hashed.put(pack.getFileName() + "/" + relative, file);
        }
        if (file.getParent().equals(pack) && isRuleFile(relative)) {
          ruleFiles.put(relative, file);
        }
      }
    }
    ruleFiles.forEach(
        (name, file) -> {
          if (!file.getParent().equals(folders.get(0))) {
            hashed.put(file.getParent().getFileName() + "/" + name, file);
          }
        });
    List<Path> rules = List.copyOf(ruleFiles.values());
    return new PackFiles(
        folders.get(0),
        hashed,
        rules.stream().filter(p -> p.getFileName().toString().endsWith(".drl")).toList(),
        rules.stream().filter(p -> p.getFileName().toString().endsWith(".drl.xlsx")).toList(),
        List.copyOf(problems));
  }

  private static boolean isRuleFile(String name) {
    return name.endsWith(".drl") || name.endsWith(".drl.xlsx");
  }

  private static List<Path> linksOf(Path folder) {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isSymbolicLink).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the policy pack " + folder, e);
    }
  }

  // links are left out (and refused above): Files.isRegularFile alone would follow them
  private static List<Path> filesOf(Path folder) {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(p -> Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS))
          .filter(p -> !folder.relativize(p).toString().startsWith("."))
          .filter(
              p ->
                  !p.getFileName().toString().startsWith(".")
                      && !p.getFileName().toString().startsWith("~$"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the policy pack " + folder, e);
    }
  }

  /** Whether the pack inherits this rule file from a pack it extends. */
  public boolean inherited(Path ruleFile) {
    return !ruleFile.getParent().equals(folder);
  }

  /** SHA-256 over every hashed file's name and bytes, in name order. */
  public String sha256() {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (var file : hashed.entrySet()) {
        digest.update(file.getKey().getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(Files.readAllBytes(file.getValue()));
        digest.update((byte) 0);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the policy pack " + folder, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
