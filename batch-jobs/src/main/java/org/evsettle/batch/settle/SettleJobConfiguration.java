package org.evsettle.batch.settle;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.evsettle.settlement.ledger.Adjustments;
import org.evsettle.settlement.ledger.InputSnapshot;
import org.evsettle.settlement.ledger.LedgerStore;
import org.evsettle.settlement.ledger.RunFindings;
import org.evsettle.settlement.ledger.RunMeterVerdicts;
import org.evsettle.settlement.ledger.RunStatus;
import org.evsettle.settlement.ledger.SettlementRun;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.partition.support.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The settle job: evaluate every operator's partition (on local threads; a partition is a unit of
 * restart), then write the adjustments against the previous run of the period, then mark the run
 * completed. The job instance is identified by the run's database id, so relaunching a failed run
 * resumes it and skips the partitions that completed.
 */
@Configuration(proxyBeanMethods = false)
public class SettleJobConfiguration {

  public static final String JOB = "settle";

  @Bean
  Job settleJob(
      JobRepository repository,
      Step evaluateOperators,
      Step adjustAgainstPreviousRun,
      Step completeRun) {
    return new JobBuilder(JOB, repository)
        .start(evaluateOperators)
        .next(adjustAgainstPreviousRun)
        .next(completeRun)
        .build();
  }

  @Bean
  Step evaluateOperators(
      JobRepository repository,
      Step operatorStep,
      Partitioner byOperator,
      TaskExecutor settleThreads,
      @Value("${evsettle.settle.threads:2}") int threads) {
    return new StepBuilder("evaluateOperators", repository)
        .partitioner("operator", byOperator)
        .step(operatorStep)
        .gridSize(threads)
        .taskExecutor(settleThreads)
        .build();
  }

  @Bean
  TaskExecutor settleThreads(@Value("${evsettle.settle.threads:2}") int threads) {
    var executor = new ThreadPoolTaskExecutor();
    executor.setCorePoolSize(threads);
    executor.setMaxPoolSize(threads);
    executor.setThreadNamePrefix("settle-");
    executor.initialize();
    return executor;
  }

  /** One partition per operator with registered chargers or sites, named after it. */
  @Bean
  Partitioner byOperator(InputSnapshot inputs) {
    return gridSize -> {
      Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
      for (String operator : inputs.operators()) {
        ExecutionContext context = new ExecutionContext();
        context.putString("operatorId", operator);
        partitions.put("operator-" + operator, context);
      }
      return partitions;
    };
  }

  @Bean
  Step operatorStep(
      JobRepository repository, PlatformTransactionManager transactions, Tasklet operatorTasklet) {
    return new StepBuilder("operator", repository).tasklet(operatorTasklet, transactions).build();
  }

  @Bean
  @StepScope
  Tasklet operatorTasklet(
      @Value("#{stepExecution}") StepExecution step,
      // sessions per rule session: 2500 settled a million-session month about a second faster
      // than 5000 (fewer objects alive at each young collection), 1000 and 10000 were slower
      @Value("${evsettle.settle.batch-size:2500}") int batchSize,
      PackProvider packs,
      MarketTotalsProvider market,
      PartitionReader partitions,
      LedgerStore ledger,
      RunFindings findings,
      RunMeterVerdicts meterVerdicts,
      SettleFaults faults) {
    return new OperatorSettlementTasklet(
        SettleParameters.of(step.getJobParameters()),
        step.getExecutionContext().getString("operatorId"),
        batchSize,
        packs,
        market,
        partitions,
        ledger,
        findings,
        meterVerdicts,
        faults);
  }

  @Bean
  Step adjustAgainstPreviousRun(
      JobRepository repository,
      PlatformTransactionManager transactions,
      LedgerStore ledger,
      Adjustments adjustments) {
    Tasklet adjust =
        (contribution, chunk) -> {
          var p = SettleParameters.of(chunk.getStepContext().getStepExecution().getJobParameters());
          var runs = ledger.runs(p.period());
          SettlementRun run =
              runs.stream().filter(r -> r.id() == p.runId()).findFirst().orElseThrow();
          runs.stream()
              .filter(r -> r.status() == RunStatus.COMPLETED && r.sequence() < run.sequence())
              .reduce((a, b) -> b)
              .ifPresent(
                  previous -> contribution.incrementWriteCount(adjustments.write(run, previous)));
          return RepeatStatus.FINISHED;
        };
    return new StepBuilder("adjustAgainstPreviousRun", repository)
        .tasklet(adjust, transactions)
        .build();
  }

  @Bean
  Step completeRun(
      JobRepository repository,
      PlatformTransactionManager transactions,
      LedgerStore ledger,
      Clock clock) {
    Tasklet complete =
        (contribution, chunk) -> {
          var p = SettleParameters.of(chunk.getStepContext().getStepExecution().getJobParameters());
          ledger.complete(p.runId(), clock.instant());
          return RepeatStatus.FINISHED;
        };
    return new StepBuilder("completeRun", repository).tasklet(complete, transactions).build();
  }
}
