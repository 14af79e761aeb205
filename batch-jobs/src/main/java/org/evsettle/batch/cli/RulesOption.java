package org.evsettle.batch.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --rules} option of the commands that settle: where the policy packs are. */
public class RulesOption {

  @Option(
      names = "--rules",
      paramLabel = "DIR",
      description =
          "Folder of the policy packs (default: <home>/rules when it exists, else the packs"
              + " installed with evsettle).")
  Path rules;

  /** The folder of packs for this home ({@link InstalledPacks#choose}). */
  public Path folder(Path home) {
    return InstalledPacks.choose(rules, home);
  }
}
