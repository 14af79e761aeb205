package org.evsettle.batch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import picocli.CommandLine;

/** Runs an evsettle command as the launcher would, and returns what it printed; copies folders. */
final class Cli {

  private Cli() {}

  /** Standard output and error together; the exit status must be the expected one. */
  static String run(int expectedStatus, String... args) {
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      CommandLine cli = EvsettleCommand.commandLine();
      cli.setErr(new PrintWriter(out, true));
      assertThat(cli.execute(args))
          .as(out.toString(StandardCharsets.UTF_8))
          .isEqualTo(expectedStatus);
    } finally {
      System.setOut(original);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /** The author and the approver of the packs tests settle with: two people, as approval needs. */
  static final String AUTHOR = "Wang Fang";

  static final String APPROVER = "Li Na";

  /** A pack signed off as users do it in a home: submitted by its author, approved by another. */
  static void approve(Path home, Path pack) {
    run(0, "rules", "submit", pack.toString(), "--by", AUTHOR, "--home", home.toString());
    run(0, "rules", "approve", pack.toString(), "--by", APPROVER, "--home", home.toString());
  }

  /**
   * A shipped pack signed off in a home, then the period settled with it (the packs of {@code
   * rules/policies}, as tests run from their module's folder).
   */
  static String approveAndSettle(Path home, String pack, String period) {
    approve(home, Path.of("../rules/policies").resolve(pack));
    return run(
        0,
        "settle",
        "--home",
        home.toString(),
        "--period",
        period,
        "--rules",
        "../rules/policies",
        "--pack",
        pack);
  }

  /** A copy of a folder (a shipped pack, say) to edit in a test. */
  static Path copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.toList()) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target);
        }
      }
    }
    return to;
  }
}
