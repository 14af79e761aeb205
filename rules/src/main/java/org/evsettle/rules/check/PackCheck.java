package org.evsettle.rules.check;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.evsettle.rules.pack.CompiledPack;
import org.evsettle.rules.pack.PackCompiler;
import org.evsettle.rules.pack.PackProblem;
import org.evsettle.rules.pack.PackRejectedException;
import org.evsettle.rules.pack.StatedChanges;

/**
 * {@code evsettle rules check}: compiles and lints a pack, then runs each of its worked examples.
 * The report lists every problem; a pack passes when there are none.
 */
public final class PackCheck {

  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory())
          .registerModule(new JavaTimeModule())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** What a check found: the pack (when it compiled), examples run, and problems. */
  public record Report(CompiledPack pack, int examples, List<String> problems) {
    public boolean passed() {
      return problems.isEmpty();
    }
  }

  public Report check(Path folder) {
    CompiledPack pack;
    try {
      pack = new PackCompiler().compile(folder);
    } catch (PackRejectedException e) {
      return new Report(null, 0, e.problems().stream().map(PackProblem::toString).toList());
    }
    List<String> problems = new ArrayList<>(StatedChanges.unstated(folder));
    List<Path> examples = examples(folder.resolve("examples"));
    if (examples.isEmpty()) {
      problems.add(
          "examples: the pack has no worked examples (examples/*.yaml): each policy needs one that"
              + " shows what it pays");
    }
    boolean pricedEnergy = false;
    for (Path file : examples) {
      String name = "examples/" + file.getFileName();
      try {
        PackExample example = YAML.readValue(file.toFile(), PackExample.class);
        var outcome = new ExampleRunner().run(pack, example);
        outcome
            .differences()
            .forEach(d -> problems.add(name + " (" + example.description() + "): " + d));
        pricedEnergy |= outcome.pricedEnergy();
      } catch (JsonMappingException e) {
        problems.add(name + " line " + e.getLocation().getLineNr() + ": " + e.getOriginalMessage());
      } catch (IOException | RuntimeException e) {
        problems.add(name + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()));
      }
    }
    if (!examples.isEmpty() && !pricedEnergy) {
      problems.add(
          "examples: no worked example produces an ENERGY line: the pack prices no charged energy"
              + " (or no example shows it)");
    }
    return new Report(pack, examples.size(), problems);
  }

  private static List<Path> examples(Path folder) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
