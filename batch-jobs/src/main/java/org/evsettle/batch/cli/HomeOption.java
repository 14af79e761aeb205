package org.evsettle.batch.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --home} option every command shares. */
public class HomeOption {

  @Option(
      names = "--home",
      paramLabel = "DIR",
      description =
          "evsettle's home folder (inbox, outbox, reports, database). Default: $EVSETTLE_HOME,"
              + " else ./var")
  Path home;

  /** The home as an absolute path: the option, else {@code EVSETTLE_HOME}, else {@code ./var}. */
  public Path resolve() {
    Path chosen = home;
    if (chosen == null) {
      String env = System.getenv("EVSETTLE_HOME");
      chosen = Path.of(env == null || env.isBlank() ? "var" : env);
    }
    return chosen.toAbsolutePath().normalize();
  }
}
