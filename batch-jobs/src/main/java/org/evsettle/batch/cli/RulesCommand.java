package org.evsettle.batch.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code evsettle rules}: commands for policy packs. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = "Work with policy packs (rules/policies/<pack>/).",
    subcommands = {
      RulesCheckCommand.class,
      RulesDiffCommand.class,
      RulesSubmitCommand.class,
      RulesApproveCommand.class
    })
public class RulesCommand implements Runnable {

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }
}
