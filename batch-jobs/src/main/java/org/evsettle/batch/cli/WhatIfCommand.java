package org.evsettle.batch.cli;

import java.time.YearMonth;
import java.util.concurrent.Callable;
import org.evsettle.batch.whatif.WhatIfService;
import org.evsettle.reports.whatif.WhatIfReport;
import org.evsettle.settlement.whatif.AmountDifference;
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
      var m = outcome.draft().manifest();
      var comparison = outcome.comparison();
      System.out.println(
          "whatif: "
              + period
              + " draft "
              + m.name()
              + " "
              + m.version()
              + " (rule set "
              + outcome.draft().sha256()
              + ") against "
              + (outcome.latest() == null ? "no run yet" : "run " + outcome.latest().runId())
              + ": "
              + comparison.recordsChanged()
              + " records change, "
              + comparison.eligibilityChanges()
              + " sessions change subsidy eligibility");
      for (AmountDifference t : comparison.byComponent()) {
        System.out.println(
            "  "
                + t.component()
                + " "
                + t.currency()
                + ": latest "
                + t.latest().toPlainString()
                + ", draft "
                + t.draft().toPlainString()
                + ", difference "
                + t.difference().toPlainString());
      }
      System.out.println("  comparison " + outcome.folder().resolve(WhatIfReport.WORKBOOK));
      return 0;
    }
  }
}
