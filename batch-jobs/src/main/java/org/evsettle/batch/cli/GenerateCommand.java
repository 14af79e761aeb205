package org.evsettle.batch.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import org.evsettle.batch.synthetic.SyntheticSessions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code evsettle generate}: writes synthetic operator files into the inbox. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description =
        "Write a synthetic month of chargers and sessions (fixed seed) into <home>/inbox.")
public class GenerateCommand implements Callable<Integer> {

  @Mixin HomeOption home;

  @Option(names = "--sessions", required = true, paramLabel = "N", description = "Sessions in all.")
  long sessions;

  @Option(
      names = "--operators",
      defaultValue = "1",
      paramLabel = "N",
      description = "Operators to spread them over (default ${DEFAULT-VALUE}).")
  int operators;

  @Option(
      names = "--period",
      defaultValue = "2026-10",
      paramLabel = "YYYY-MM",
      description = "The month, in Asia/Shanghai time (default ${DEFAULT-VALUE}).")
  YearMonth period;

  @Option(names = "--seed", defaultValue = "20261001", description = "Random seed.")
  long seed;

  @Option(
      names = "--cdrs",
      description =
          "Write the sessions as OCPI 2.2.1 CDRs (cdrs-synthetic.json, a JSON array) instead of"
              + " sessions-synthetic.csv.")
  boolean cdrs;

  @Override
  public Integer call() {
    Path inbox = home.resolve().resolve("inbox");
    LocalDate first = period.atDay(1);
    new SyntheticSessions(ZoneId.of("Asia/Shanghai"), first, period.lengthOfMonth(), seed, cdrs)
        .write(inbox, operators, sessions);
    System.out.println(
        "generate: " + sessions + " sessions for " + operators + " operator(s) in " + inbox);
    return 0;
  }
}
