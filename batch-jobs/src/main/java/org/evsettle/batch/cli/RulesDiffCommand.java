package org.evsettle.batch.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.evsettle.rules.pack.PackDiff;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code evsettle rules diff OLD NEW}: what changed between two versions of a pack. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
      "Print what changed between two versions of a policy pack: pack.yaml fields, rule files"
          + " added or removed, DRL rules added, removed or changed, and decision-table cells"
          + " (sheet, row, column, old -> new). Inherited files count as the pack's own."
    })
public class RulesDiffCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "OLD", description = "The earlier version's folder.")
  Path before;

  @Parameters(index = "1", paramLabel = "NEW", description = "The later version's folder.")
  Path after;

  @Override
  public Integer call() {
    List<String> differences =
        PackDiff.between(InstalledPacks.pack(before), InstalledPacks.pack(after));
    System.out.println(
        "rules diff: " + before + " -> " + after + ": " + differences.size() + " difference(s)");
    differences.forEach(d -> System.out.println("  " + d));
    return 0;
  }
}
