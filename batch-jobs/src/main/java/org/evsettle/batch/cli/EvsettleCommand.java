package org.evsettle.batch.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code evsettle} command; its subcommands do the work. */
@Command(
    name = "evsettle",
    mixinStandardHelpOptions = true,
    version = "evsettle 0.1.0",
    description = "Policy and market settlement for electric-vehicle charging.",
    subcommands = {
      DemoCommand.class,
      IngestCommand.class,
      SettleCommand.class,
      RulesCommand.class,
      OcpiCommand.class,
      WhatIfCommand.class,
      BenchCommand.class,
      GenerateCommand.class
    })
public class EvsettleCommand implements Runnable {

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }

  /**
   * The command line as users get it: any failure ends with one line on standard error that says
   * what went wrong, and exit status 1 (2 for a wrong option, as picocli does).
   */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new EvsettleCommand());
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          commandLine.getErr().println(commandLine.getCommandName() + ": " + oneLine(e));
          return 1;
        });
    return cli;
  }

  /** The message of our own exception in the chain (it names file and problem), else the root's. */
  private static String oneLine(Throwable e) {
    Throwable pick = e;
    for (Throwable t = e; t != null; t = t.getCause()) {
      pick = t;
      if (t.getClass().getName().startsWith("org.evsettle.") && t.getMessage() != null) {
        break;
      }
    }
    String message =
        pick.getMessage() == null ? pick.getClass().getSimpleName() : pick.getMessage();
    return message.lines().findFirst().orElse(message);
  }
}
