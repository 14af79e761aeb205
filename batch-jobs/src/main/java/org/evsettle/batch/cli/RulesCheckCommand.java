package org.evsettle.batch.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.evsettle.rules.check.PackCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code evsettle rules check [DIR]}: compile, lint and run a pack's worked examples. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Compile and lint a policy pack and run its worked examples (examples/*.yaml).",
      "Exits 1 and lists every problem, with file and line or sheet and row, when any fails."
    })
public class RulesCheckCommand implements Callable<Integer> {

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "DIR",
      description = "The pack folder (default: the beijing pack installed with evsettle).")
  Path folder;

  @Override
  public Integer call() {
    folder = InstalledPacks.pack(InstalledPacks.givenOrBeijing(folder));
    PackCheck.Report report = new PackCheck().check(folder);
    if (!report.passed()) {
      System.out.println("rules check: " + folder + " FAILED");
      report.problems().forEach(p -> System.out.println("  " + p));
      return 1;
    }
    var pack = report.pack();
    var m = pack.manifest();
    System.out.println(
        "rules check: "
            + m.name()
            + " "
            + m.version()
            + ", effective from "
            + m.effectiveFrom()
            + (m.effectiveTo() == null ? "" : " to " + m.effectiveTo())
            + ", rule set "
            + pack.sha256()
            + " (compiled in "
            + pack.compileMillis()
            + " ms)");
    System.out.println(
        "  "
            + report.examples()
            + " worked example(s): each produces exactly the"
            + " expected lines");
    return 0;
  }
}
