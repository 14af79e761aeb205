package org.evsettle.batch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where commands find the policy packs, wherever they are run from. */
class InstalledPacksTest {

  @TempDir Path dir;

  @Test
  void withoutRulesOfItsOwnAHomeUsesThePacksInstalledWithEvsettle() {
    Path packs = InstalledPacks.choose(null, dir.resolve("home"));
    // found from the program's own location, not from the folder the command runs in
    assertThat(packs).endsWith(Path.of("rules", "policies")).isAbsolute();
    assertThat(packs.resolve("beijing/pack.yaml")).isRegularFile();
    assertThat(packs.resolve("uk/pack.yaml")).isRegularFile();
  }

  @Test
  void aHomesOwnRulesComeFirst() throws IOException {
    Path own = Files.createDirectories(dir.resolve("home/rules/local"));
    Files.writeString(own.resolve("pack.yaml"), "name: local\n");
    assertThat(InstalledPacks.choose(null, dir.resolve("home")))
        .isEqualTo(dir.resolve("home/rules"));
    assertThat(InstalledPacks.choose(dir.resolve("home/rules"), dir.resolve("elsewhere")))
        .isEqualTo(dir.resolve("home/rules"));
  }

  @Test
  void aFolderWithoutPacksIsRefusedAndNamed() throws IOException {
    Files.createDirectories(dir.resolve("home/rules"));
    assertThatThrownBy(() -> InstalledPacks.choose(null, dir.resolve("home")))
        .hasMessage("no policy packs in " + dir.resolve("home/rules"));
    assertThatThrownBy(() -> InstalledPacks.choose(dir.resolve("missing"), dir))
        .hasMessage("no policy packs in " + dir.resolve("missing"));
  }
}
