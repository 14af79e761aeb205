package org.evsettle.batch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A regulator's pack that tries to copy the installation's id-tag key with classes the lexical lint
 * does not know (Spring's resources): {@code settle} and {@code rules check} refuse it with the
 * file and line, the key is not copied, and no run is made.
 */
class HostilePackSettleIT {

  @TempDir Path dir;

  @Test
  void settleRefusesAPackThatReadsTheIdTagKey() throws Exception {
    Path home = dir.resolve("home");
    Cli.run(0, "demo", "--home", home.toString(), "--rules", "../rules/policies");
    Path key = home.resolve("secrets/id-tag.key");
    assertThat(key).exists();
    Path policies = copy(Path.of("../rules/policies"), dir.resolve("policies"));
    Path stolen = dir.resolve("stolen");
    Files.writeString(
        policies.resolve("beijing/leak.drl"),
        String.join(
            "\n",
            "package org.evsettle.policy;",
            "import org.evsettle.rules.model.*;",
            "",
            "rule \"Each period the key goes along\"",
            "    ruleflow-group \"price\"",
            "when",
            "    PeriodFact()",
            "then",
            "    org.springframework.util.StreamUtils.copy(",
            "        new org.springframework.core.io.FileSystemResource(\""
                + key
                + "\").getContentAsByteArray(),",
            "        new org.springframework.core.io.FileSystemResource(\""
                + stolen
                + "\").getOutputStream());",
            "end",
            ""));

    String settle =
        Cli.run(
            1,
            "settle",
            "--home",
            home.toString(),
            "--period",
            "2026-10",
            "--rules",
            policies.toString());
    String check = Cli.run(1, "rules", "check", policies.resolve("beijing").toString());

    for (String out : new String[] {settle, check}) {
      assertThat(out)
          .contains(
              "leak.drl line 4: rule files may not use org.springframework.core.io.FileSystemResource"
                  + " (its constructor) (in rule \"Each period the key goes along\")");
    }
    assertThat(stolen).doesNotExist();
    assertThat(home.resolve("reports/2026-10/2026-10-R2")).doesNotExist();
  }

  private static Path copy(Path from, Path to) throws Exception {
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
