package org.evsettle.batch.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --rules} option of the commands that settle: where the policy packs are. */
public class RulesOption {

  @Option(
      names = "--rules",
      defaultValue = "rules/policies",
      paramLabel = "DIR",
      description = "Folder of the policy packs (default ${DEFAULT-VALUE}).")
  Path rules;

  public Path folder() {
    return rules;
  }
}
