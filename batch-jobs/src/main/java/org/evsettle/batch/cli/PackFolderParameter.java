package org.evsettle.batch.cli;

import java.nio.file.Path;
import picocli.CommandLine.Parameters;

/** The pack folder that {@code rules check}, {@code submit} and {@code approve} take. */
public class PackFolderParameter {

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "DIR",
      description = "The pack folder (default: the beijing pack installed with evsettle).")
  Path folder;

  /** The folder given, else the installed beijing pack; refused when it holds no pack. */
  Path resolve() {
    return InstalledPacks.pack(
        folder == null ? InstalledPacks.installed().resolve("beijing") : folder);
  }
}
