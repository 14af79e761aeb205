package org.evsettle.batch.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code evsettle rules submit DIR --by NAME}: a checked pack put forward for approval. */
@Command(
    name = "submit",
    mixinStandardHelpOptions = true,
    description = {
      "Submit a policy pack for approval: run the checks of 'rules check' and, when they pass,",
      "record the SHA-256 of its rule files and its author. Another person must approve it",
      "(evsettle rules approve) before settle uses it."
    })
public class RulesSubmitCommand implements Callable<Integer> {

  @Mixin PackFolderParameter pack;

  @Option(names = "--by", required = true, paramLabel = "NAME", description = "The author.")
  String by;

  @Mixin HomeOption home;

  @Override
  public Integer call() {
    Path folder = pack.resolve();
    var report = PackSignOff.check(folder);
    if (!report.passed()) {
      System.out.println("rules submit: " + folder + " FAILED its checks; nothing was submitted");
      report.problems().forEach(p -> System.out.println("  " + p));
      return 1;
    }
    try (var context = ApplicationContexts.start(home.resolve())) {
      System.out.println(PackSignOff.submit(context, report, by, context.getBean(Clock.class)));
    }
    return 0;
  }
}
