package org.evsettle.batch.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code evsettle ocpi}: commands for OCPI 2.2.1 tariffs and CDRs. */
@Command(
    name = "ocpi",
    mixinStandardHelpOptions = true,
    description = "Work with OCPI 2.2.1 tariffs and charge detail records (CDRs).",
    subcommands = {OcpiPriceCommand.class})
public class OcpiCommand implements Runnable {

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }
}
