package org.evsettle.batch.cli;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code evsettle settle}: the next settlement run of a period. */
@Command(
    name = "settle",
    mixinStandardHelpOptions = true,
    description = {
      "Create the next settlement run of a period (INITIAL, then R1, R2, ..., or FINAL) from the",
      "latest inputs and the pack version effective for the period; a run that failed resumes."
    })
public class SettleCommand implements Callable<Integer> {

  @Mixin HomeOption home;

  @Option(names = "--period", required = true, paramLabel = "YYYY-MM", description = "The month.")
  YearMonth period;

  @Option(names = "--final", description = "Make this the FINAL run: the period closes after it.")
  boolean fin;

  @Option(
      names = "--pack",
      defaultValue = "beijing",
      description = "Pack name (default ${DEFAULT-VALUE}).")
  String pack;

  @Mixin RulesOption rules;

  @Override
  public Integer call() throws Exception {
    Path packs = rules.folder(home.resolve());
    try (var context = ApplicationContexts.start(home.resolve())) {
      SettleReport.settleAndPublish(context, home.resolve(), period, fin, pack, packs, System.out);
      return 0;
    }
  }
}
