package org.evsettle.rules.pack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A pack folder and the folders it {@code extends}, nearest first. A version names the pack it
 * extends by its folder beside it in the same rules folder, so that a pack can never pull files
 * from elsewhere on the machine.
 */
record PackLineage(List<Path> folders, List<PackProblem> problems) {

  /** Deeper than this is a mistake, not a policy history. */
  static final int MAX_DEPTH = 8;

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Pattern FOLDER_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  static PackLineage of(Path folder) {
    List<Path> folders = new ArrayList<>();
    List<PackProblem> problems = new ArrayList<>();
    Path current = folder.toAbsolutePath().normalize();
    while (current != null) {
      if (folders.contains(current)) {
        problems.add(
            new PackProblem(
                "pack.yaml",
                "",
                "extends: the packs extend each other in a circle ("
                    + names(folders)
                    + " -> "
                    + current.getFileName()
                    + ")"));
        break;
      }
      folders.add(current);
      if (folders.size() > MAX_DEPTH) {
        problems.add(
            new PackProblem(
                "pack.yaml",
                "",
                "extends: more than " + MAX_DEPTH + " packs deep: " + names(folders)));
        break;
      }
      current = parentOf(current, problems);
    }
    return new PackLineage(List.copyOf(folders), List.copyOf(problems));
  }

  /** The folders the pack inherits from, nearest first. */
  List<Path> ancestors() {
    return folders.subList(1, folders.size());
  }

  /** The rule files a pack's manifest drops from the pack it extends. */
  static List<String> removes(Path folder) {
    List<String> names = new ArrayList<>();
    JsonNode removes = field(folder, "removes");
    if (removes != null) {
      removes.forEach(n -> names.add(n.asText()));
    }
    return names;
  }

  // before the manifest is read as a whole: a manifest that cannot be read is reported, with its
  // line, when it is
  private static JsonNode field(Path folder, String name) {
    Path manifest = folder.resolve("pack.yaml");
    if (!Files.isRegularFile(manifest)) {
      return null;
    }
    try {
      JsonNode node = YAML.readTree(manifest.toFile());
      JsonNode value = node == null ? null : node.get(name);
      return value == null || value.isNull() ? null : value;
    } catch (IOException e) {
      return null;
    }
  }

  private static Path parentOf(Path folder, List<PackProblem> problems) {
    JsonNode extendsNode = field(folder, "extends");
    if (extendsNode == null) {
      return null;
    }
    String named = extendsNode.asText();
    String where = folder.getFileName() + "/pack.yaml";
    if (!FOLDER_NAME.matcher(named).matches()) {
      problems.add(
          new PackProblem(
              where,
              "",
              "extends: '" + named + "' must be the name of another pack folder beside this one"));
      return null;
    }
    Path parent = folder.resolveSibling(named);
    if (!Files.isRegularFile(parent.resolve("pack.yaml"))) {
      problems.add(
          new PackProblem(
              where, "", "extends: there is no pack '" + named + "' in " + folder.getParent()));
      return null;
    }
    return parent;
  }

  private static String names(List<Path> folders) {
    return String.join(" -> ", folders.stream().map(f -> f.getFileName().toString()).toList());
  }
}
