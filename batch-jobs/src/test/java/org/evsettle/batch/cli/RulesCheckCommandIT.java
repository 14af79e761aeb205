package org.evsettle.batch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code evsettle rules check} on the shipped pack and on a deliberately broken copy. */
class RulesCheckCommandIT {

  private static final Path BEIJING = Path.of("../rules/policies/beijing");

  @TempDir Path dir;

  @Test
  void theBeijingPackPasses() {
    assertThat(Cli.run(0, "rules", "check", BEIJING.toString()))
        .contains("rules check: beijing 2024.1, effective from 2024-01-01, rule set ")
        .contains("6 worked example(s): each produces exactly the expected lines");
  }

  @Test
  void withoutAFolderTheInstalledBeijingPackIsChecked() {
    // run from the batch-jobs module: the packs are found from the program, not from here
    assertThat(Cli.run(0, "rules", "check"))
        .contains("rules check: beijing 2024.1, effective from 2024-01-01, rule set ");
  }

  @Test
  void diffListsTheTariffCellsOfBeijing2027() {
    assertThat(Cli.run(0, "rules", "diff", BEIJING.toString(), "../rules/policies/beijing-2027"))
        .contains("11 difference(s)")
        .contains(
            "  tariff.drl.xlsx sheet 'Time of use' row 10 'Valley overnight', column 'Rate (CNY"
                + " per kWh)': 0.3946 -> 0.3650")
        .contains("  pack.yaml: version: 2024.1 -> 2027.1");
  }

  @Test
  void aFolderThatIsNoPackIsNamed() {
    assertThat(Cli.run(1, "rules", "check", dir.toString()))
        .contains("check: no policy pack in " + dir + " (it has no pack.yaml)");
  }

  @Test
  void settleRefusesAFolderWithoutPacks() {
    assertThat(
            Cli.run(
                1,
                "settle",
                "--home",
                dir.resolve("home").toString(),
                "--period",
                "2026-10",
                "--rules",
                dir.resolve("nothing-here").toString()))
        .contains("settle: no policy packs in " + dir.resolve("nothing-here"));
  }

  @Test
  void aBrokenCopyFailsWithTheFileAndLine() throws Exception {
    Path broken = Cli.copy(BEIJING, dir.resolve("beijing"));
    Path drl = broken.resolve("withhold-subsidy.drl");
    Files.writeString(
        drl,
        Files.readString(drl)
            .replace("import java.util.List;", "import java.util.List;\nimport java.net.Socket;"));
    String out = Cli.run(1, "rules", "check", broken.toString());
    assertThat(out)
        .contains("rules check: " + broken + " FAILED")
        .contains("withhold-subsidy.drl line 10: import of java.net.Socket is not allowed");
  }
}
