package org.evsettle.batch.cli;

import java.time.YearMonth;
import java.util.concurrent.Callable;
import org.evsettle.batch.whatif.WhatIfService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code evsettle whatif}: what a draft pack would pay for a period, beside its latest run. */
@Command(
    name = "whatif",
    mixinStandardHelpOptions = true,
    description = {
      "Settle a draft pack against the period's latest inputs without writing the ledger, the",
      "outbox or the runs' reports, and compare it with the period's latest run:",
      "<home>/whatif/<period>/<timestamp>/comparison.xlsx and CSV files."
    })
public class WhatIfCommand implements Callable<Integer> {

  @Mixin HomeOption home;

  @Option(names = "--period", required = true, paramLabel = "YYYY-MM", description = "The month.")
  YearMonth period;

  @Option(
      names = "--pack",
      paramLabel = "NAME",
      description = "Pack name (default: the pack of the period's latest run, else beijing).")
  String pack;

  @Mixin RulesOption rules;

  @Override
  public Integer call() throws Exception {
    var folder = rules.folder(home.resolve());
    try (var context = ApplicationContexts.start(home.resolve())) {
      var outcome = context.getBean(WhatIfService.class).run(period, folder, pack);
      WhatIfSummary.print(period, outcome, System.out);
      return 0;
    }
  }
}
