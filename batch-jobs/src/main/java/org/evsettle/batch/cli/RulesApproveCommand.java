package org.evsettle.batch.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code evsettle rules approve DIR --by NAME}: another person's approval of a submitted pack. */
@Command(
    name = "approve",
    mixinStandardHelpOptions = true,
    description = {
      "Approve a submitted policy pack as it is now in DIR (its rule files' SHA-256). Refused when",
      "that rule set was not submitted, when NAME is its author, or when it is approved already."
    })
public class RulesApproveCommand implements Callable<Integer> {

  @Mixin PackFolderParameter pack;

  @Option(names = "--by", required = true, paramLabel = "NAME", description = "The approver.")
  String by;

  @Mixin HomeOption home;

  @Override
  public Integer call() {
    Path folder = pack.resolve();
    try (var context = ApplicationContexts.start(home.resolve())) {
      System.out.println(PackSignOff.approve(context, folder, by, context.getBean(Clock.class)));
    }
    return 0;
  }
}
