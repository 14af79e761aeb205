package org.evsettle.batch.cli;

import picocli.CommandLine.Command;

/** The top-level {@code evsettle} command; its subcommands do the work. */
@Command(
    name = "evsettle",
    mixinStandardHelpOptions = true,
    version = "evsettle 0.1.0",
    description = "Policy and market settlement for electric-vehicle charging.",
    subcommands = {DemoCommand.class, IngestCommand.class, GenerateCommand.class})
public class EvsettleCommand implements Runnable {

  @Override
  public void run() {
    new picocli.CommandLine(this).usage(System.out);
  }
}
