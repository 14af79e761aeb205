package org.evsettle.batch.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.YearMonth;
import org.evsettle.batch.approval.PackApprovals;
import org.evsettle.batch.publish.PublishService;
import org.evsettle.batch.settle.SettleService;
import org.evsettle.settlement.ledger.LedgerStore;
import org.evsettle.settlement.ledger.RunApproval;
import org.evsettle.settlement.ledger.RunFindings;
import org.evsettle.settlement.ledger.SettlementRun;
import org.springframework.context.ApplicationContext;

/** Settles a period, publishes the run, and says what was done and where the outputs are. */
final class SettleReport {

  private SettleReport() {}

  static void settleAndPublish(
      ApplicationContext context,
      Path home,
      YearMonth period,
      boolean fin,
      String pack,
      Path rules,
      PrintStream out)
      throws Exception {
    var outcome = context.getBean(SettleService.class).settle(period, fin, pack, rules);
    var ledger = context.getBean(LedgerStore.class);
    var run = outcome.run();
    if (outcome.pack().usesPreviousVersion()) {
      System.err.println("settle: the edited pack was rejected; the version in use was used:");
      outcome.pack().rejectedEdit().forEach(p -> System.err.println("  " + p));
    }
    out.println(
        "settle: run "
            + run.runId()
            + (outcome.resumed() ? " (resumed)" : "")
            + " completed with pack "
            + run.packName()
            + " "
            + run.packVersion()
            + ", rule set "
            + run.rulesetSha256()
            + approvalOf(run));
    ledger.totals(run.id()).forEach(t -> out.println("  " + t));
    out.println(
        "  compliance violations: " + context.getBean(RunFindings.class).violations(run.id()));
    var publish = context.getBean(PublishService.class);
    Path outbox = home.resolve("outbox");
    var publication = publish.publishAll(run, outcome.pack().pack().manifest());
    for (var p : publication.exports()) {
      out.println(
          "  published " + outbox.resolve(p.folder()) + " (" + p.export().lines() + " lines)");
    }
    Path workbooks = publication.workbooks();
    out.println(
        "  workbooks "
            + workbooks.resolve("regulator.xlsx")
            + ", "
            + workbooks.resolve("auditor.xlsx"));
  }

  private static String approvalOf(SettlementRun run) {
    RunApproval a = run.approval();
    return a == null
        ? ""
        : ", approved by "
            + a.approvedBy()
            + " on "
            + PackApprovals.shown(a.approvedAt())
            + " (submitted by "
            + a.submittedBy()
            + ")";
  }
}
