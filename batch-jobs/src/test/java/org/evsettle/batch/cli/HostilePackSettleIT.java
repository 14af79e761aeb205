package org.evsettle.batch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
    Path policies = Cli.copy(Path.of("../rules/policies"), dir.resolve("policies"));
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
    // nobody can even put it forward for approval
    String submit =
        Cli.run(
            1,
            "rules",
            "submit",
            policies.resolve("beijing").toString(),
            "--by",
            Cli.AUTHOR,
            "--home",
            home.toString());

    for (String out : new String[] {settle, check, submit}) {
      assertThat(out)
          .contains(
              "leak.drl line 4: rule files may not use org.springframework.core.io.FileSystemResource"
                  + " (its constructor) (in rule \"Each period the key goes along\")");
    }
    assertThat(stolen).doesNotExist();
    assertThat(home.resolve("reports/2026-10/2026-10-R2")).doesNotExist();
  }
}
