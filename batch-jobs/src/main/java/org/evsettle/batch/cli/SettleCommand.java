package org.evsettle.batch.cli;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import org.evsettle.batch.publish.PublishService;
import org.evsettle.batch.settle.SettleService;
import org.evsettle.settlement.ledger.LedgerStore;
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

  @Option(
      names = "--rules",
      defaultValue = "rules/policies",
      paramLabel = "DIR",
      description = "Folder of the policy packs (default ${DEFAULT-VALUE}).")
  Path rules;

  @Override
  public Integer call() throws Exception {
    try (var context = ApplicationContexts.start(home.resolve())) {
      var outcome = context.getBean(SettleService.class).settle(period, fin, pack, rules);
      var ledger = context.getBean(LedgerStore.class);
      var run = outcome.run();
      if (outcome.pack().usesPreviousVersion()) {
        System.err.println("settle: the edited pack was rejected; the version in use was used:");
        outcome.pack().rejectedEdit().forEach(p -> System.err.println("  " + p));
      }
      System.out.println(
          "settle: run "
              + run.runId()
              + (outcome.resumed() ? " (resumed)" : "")
              + " completed with pack "
              + run.packName()
              + " "
              + run.packVersion()
              + ", rule set "
              + run.rulesetSha256());
      ledger.totals(run.id()).forEach(t -> System.out.println("  " + t));
      System.out.println("  compliance violations: " + ledger.violations(run.id()));
      var published =
          context
              .getBean(PublishService.class)
              .publish(run, outcome.pack().pack().manifest().fundId());
      Path outbox = home.resolve().resolve("outbox");
      published.forEach(
          p ->
              System.out.println(
                  "  published "
                      + outbox.resolve(p.folder())
                      + " ("
                      + p.export().lines()
                      + " lines)"));
      Path workbooks = context.getBean(PublishService.class).workbooks(run);
      System.out.println(
          "  workbooks "
              + workbooks.resolve("regulator.xlsx")
              + ", "
              + workbooks.resolve("auditor.xlsx"));
      return 0;
    }
  }
}
