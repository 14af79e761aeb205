package org.evsettle.batch.settle;

import java.nio.file.Path;
import java.time.YearMonth;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.JobParametersBuilder;

/** The parameters of a settle job: the run (identifying the job instance) and the pack used. */
public record SettleParameters(
    long runId, YearMonth period, String pack, Path rules, String rulesetSha256) {

  public JobParameters toJobParameters() {
    return new JobParametersBuilder()
        .addLong("run.id", runId)
        .addString("period", period.toString(), false)
        .addString("pack", pack, false)
        .addString("rules", rules.toString(), false)
        .addString("ruleset.sha256", rulesetSha256, false)
        .toJobParameters();
  }

  public static SettleParameters of(JobParameters p) {
    return new SettleParameters(
        p.getLong("run.id"),
        YearMonth.parse(p.getString("period")),
        p.getString("pack"),
        Path.of(p.getString("rules")),
        p.getString("ruleset.sha256"));
  }
}
