package org.evsettle.batch.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.evsettle.rules.check.PackCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code evsettle rules check [DIR]}: compile, lint and run a pack's worked examples. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Compile and lint a policy pack and run its worked examples (examples/*.yaml).",
      "Exits 1 and lists every problem, with file and line or sheet and row, when any fails."
    })
public class RulesCheckCommand implements Callable<Integer> {

  @Mixin PackFolderParameter pack;

  @Override
  public Integer call() {
    Path folder = pack.resolve();
    PackCheck.Report report = new PackCheck().check(folder);
    if (!report.passed()) {
      System.out.println("rules check: " + folder + " FAILED");
      report.problems().forEach(p -> System.out.println("  " + p));
      return 1;
    }
    var compiled = report.pack();
    var m = compiled.manifest();
    System.out.println(
        "rules check: "
            + m.name()
            + " "
            + m.version()
            + ", effective from "
            + m.effectiveFrom()
            + (m.effectiveTo() == null ? "" : " to " + m.effectiveTo())
            + ", rule set "
            + compiled.sha256()
            + " (compiled in "
            + compiled.compileMillis()
            + " ms)");
    System.out.println(
        "  "
            + report.examples()
            + " worked example(s): each produces exactly the"
            + " expected lines");
    return 0;
  }
}
