package org.evsettle.batch.settle;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.evsettle.batch.approval.PackApprovals;
import org.evsettle.batch.approval.PackVersions;
import org.evsettle.rules.pack.PackSelection;
import org.evsettle.settlement.approval.PackApproval;
import org.evsettle.settlement.ledger.LedgerStore;
import org.evsettle.settlement.ledger.RunApproval;
import org.evsettle.settlement.ledger.RunStatus;
import org.evsettle.settlement.ledger.SettlementRun;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Service;

/**
 * Runs the ladder of a period: the next run is INITIAL, then R1, R2, ..., or FINAL when asked;
 * after FINAL nothing more is settled. A run left RUNNING by a failure or a killed process is
 * resumed instead of starting a new one. Only a pack whose rule set another person approved after
 * its author submitted it is settled with ({@link PackApprovals}).
 */
@Service
public class SettleService {

  private final LedgerStore ledger;
  private final PackProvider packs;
  private final PackApprovals approvals;
  private final JobLauncher launcher;
  private final Job settleJob;
  private final JobExplorer explorer;
  private final JobRepository repository;
  private final Clock clock;

  public SettleService(
      LedgerStore ledger,
      PackProvider packs,
      PackApprovals approvals,
      JobLauncher launcher,
      Job settleJob,
      JobExplorer explorer,
      JobRepository repository,
      Clock clock) {
    this.ledger = ledger;
    this.packs = packs;
    this.approvals = approvals;
    this.launcher = launcher;
    this.settleJob = settleJob;
    this.explorer = explorer;
    this.repository = repository;
    this.clock = clock;
  }

  /** What a settle did. */
  public record Outcome(SettlementRun run, boolean resumed, PackSelection pack, JobExecution job) {}

  public Outcome settle(YearMonth period, boolean fin, String pack, Path rules) throws Exception {
    List<SettlementRun> runs = ledger.runs(period);
    SettlementRun last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
    if (last != null && last.isFinal() && last.status() == RunStatus.COMPLETED) {
      throw new IllegalStateException(
          "period "
              + period
              + " is final (run "
              + last.runId()
              + "): nothing more is settled for it");
    }
    PackSelection selection = packs.select(rules, pack, period);
    // a resumed run's pack was approved when the run opened; its rule set must still be approved
    PackApproval approval =
        approvals.requireApproved(PackVersions.of(selection.pack()), selection.pack().folder());
    boolean resume = last != null && last.status() == RunStatus.RUNNING;
    SettlementRun run;
    if (resume) {
      run = last;
    } else {
      int sequence = last == null ? 0 : last.sequence() + 1;
      var m = selection.pack().manifest();
      run =
          ledger.openRun(
              period,
              SettlementRun.typeFor(sequence, fin),
              sequence,
              m.name(),
              m.version(),
              selection.pack().sha256(),
              selection.pack().terms().definitions(),
              clock.instant(),
              new RunApproval(
                  approval.submittedBy(), approval.approvedBy(), approval.approvedAt()));
    }
    abandonStaleExecutions();
    var parameters =
        new SettleParameters(
            run.id(), period, pack, rules.toAbsolutePath().normalize(), run.rulesetSha256());
    JobExecution execution = launcher.run(settleJob, parameters.toJobParameters());
    SettlementRun after =
        ledger.runs(period).stream().filter(r -> r.id() == run.id()).findFirst().orElseThrow();
    if (execution.getStatus() != BatchStatus.COMPLETED) {
      Throwable cause = execution.getAllFailureExceptions().stream().findFirst().orElse(null);
      throw new IllegalStateException(
          "run "
              + run.runId()
              + " did not complete ("
              + execution.getStatus()
              + (cause == null ? "" : ": " + cause.getMessage())
              + "); settle the period again to resume it",
          cause);
    }
    return new Outcome(after, resume, selection, execution);
  }

  /** A settle killed mid-run leaves its execution STARTED; mark it failed so it can restart. */
  private void abandonStaleExecutions() {
    for (JobExecution stale : explorer.findRunningJobExecutions(SettleJobConfiguration.JOB)) {
      stale.getStepExecutions().stream()
          .filter(s -> s.getStatus().isRunning())
          .forEach(
              s -> {
                s.setStatus(BatchStatus.FAILED);
                s.setEndTime(LocalDateTime.now(clock));
                repository.update(s);
              });
      stale.setStatus(BatchStatus.FAILED);
      stale.setEndTime(LocalDateTime.now(clock));
      repository.update(stale);
    }
  }
}
