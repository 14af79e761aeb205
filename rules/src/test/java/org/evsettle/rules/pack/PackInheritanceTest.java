package org.evsettle.rules.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pack version that states only what changes, over the pack it {@code extends}. */
class PackInheritanceTest {

  @TempDir Path rules;

  private static List<String> names(List<Path> files) {
    return files.stream().map(f -> f.getParent().getFileName() + "/" + f.getFileName()).toList();
  }

  @Test
  void beijing2027ReplacesTheTariffAndInheritsEveryOtherRuleFile() {
    PackFiles files = PackFiles.of(Path.of("policies/beijing-2027"));
    assertThat(files.problems()).isEmpty();
    assertThat(names(files.decisionTables()))
        .containsExactly(
            "beijing/compliance.drl.xlsx",
            "beijing/incentives.drl.xlsx",
            "beijing/subsidy.drl.xlsx",
            "beijing-2027/tariff.drl.xlsx");
    assertThat(names(files.drl()))
        .containsExactly(
            "beijing/classify-compliance.drl",
            "beijing/classify-energy.drl",
            "beijing/price-energy.drl",
            "beijing/report-valley-share.drl",
            "beijing/subsidy.drl",
            "beijing/withhold-subsidy.drl");
    // what is hashed: its own files, the inherited rule files and the manifest they come with
    assertThat(files.hashed().keySet())
        .contains(
            "pack.yaml",
            "tariff.drl.xlsx",
            "examples/01-evening-peak-moved-and-new-valley-rate.yaml",
            "beijing/pack.yaml",
            "beijing/subsidy.drl.xlsx")
        .doesNotContain(
            "beijing/tariff.drl.xlsx", "beijing/examples/02-critical-peak-in-july.yaml");
  }

  @Test
  void theManifestInheritsWhatItLeavesOut() {
    PackManifest m = PackCompiler.readManifest(Path.of("policies/beijing-2027"));
    assertThat(m.name()).isEqualTo("beijing");
    assertThat(m.version()).isEqualTo("2027.1");
    assertThat(m.effectiveFrom()).isEqualTo(LocalDate.parse("2027-01-01"));
    assertThat(m.zone()).isEqualTo("Asia/Shanghai");
    assertThat(m.currency()).isEqualTo("CNY");
    assertThat(m.rounding()).isEqualTo("HALF_UP");
    assertThat(m.fundId()).isEqualTo("BJ-SUBSIDY-FUND");
    assertThat(m.requiredParameters()).contains("annual subsidy cap", "V2G dispatch bonus");
    assertThat(m.references().get("tariff")).endsWith("as amended for 2027");
  }

  @Test
  void aPackWithoutExtendsIsHashedOverItsOwnPathsAndBytes() throws Exception {
    Path pack = PackCopy.of("beijing", rules);
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    try (var walk = Files.walk(pack)) {
      for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
        digest.update(pack.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(Files.readAllBytes(f));
        digest.update((byte) 0);
      }
    }
    assertThat(PackFiles.of(pack).sha256()).isEqualTo(HexFormat.of().formatHex(digest.digest()));
  }

  @Test
  void anEditOfAnInheritedFileChangesTheHashAndTheRatesOfTheVersionThatUsesIt() {
    Path base = PackCopy.of("beijing", rules);
    PackCopy.of("beijing-2027", rules);
    PolicyPacks packs = new PolicyPacks(rules);
    YearMonth january = YearMonth.parse("2027-01");
    var before = packs.select("beijing", january).pack();
    assertThat(before.parameters().thresholds())
        .anySatisfy(
            t -> {
              assertThat(t.getName()).isEqualTo("V2G dispatch bonus");
              assertThat(t.getValue()).isEqualByComparingTo("0.30");
            });

    PackCopy.setCell(base.resolve("incentives.drl.xlsx"), "V2G dispatch bonus", 4, "0.45");

    var after = packs.select("beijing", january);
    assertThat(after.usesPreviousVersion()).isFalse();
    assertThat(after.pack().sha256()).isNotEqualTo(before.sha256());
    assertThat(after.pack().parameters().thresholds())
        .anySatisfy(
            t -> {
              assertThat(t.getName()).isEqualTo("V2G dispatch bonus");
              assertThat(t.getValue()).isEqualByComparingTo("0.45");
            });
  }

  @Test
  void aVersionCanRemoveAnInheritedRuleFile() throws Exception {
    PackCopy.of("beijing", rules);
    Path next = PackCopy.of("beijing-2027", rules);
    PackCopy.replaceInFile(
        next.resolve("pack.yaml"),
        "extends: beijing\n",
        "extends: beijing\nremoves: [report-valley-share.drl]\n");
    PackFiles files = PackFiles.of(next);
    assertThat(files.problems()).isEmpty();
    assertThat(names(files.drl())).doesNotContain("beijing/report-valley-share.drl").hasSize(5);
    assertThat(new PackCompiler().compile(next).hasPhase("report")).isFalse();
  }

  @Test
  void removingAFileThePackDoesNotInheritIsRefused() {
    PackCopy.of("beijing", rules);
    Path next = PackCopy.of("beijing-2027", rules);
    PackCopy.replaceInFile(
        next.resolve("pack.yaml"),
        "extends: beijing\n",
        "extends: beijing\nremoves: [tarif.drl.xlsx]\n");
    assertThatThrownBy(() -> new PackCompiler().compile(next))
        .isInstanceOf(PackRejectedException.class)
        .hasMessageContaining(
            "beijing-2027/pack.yaml: removes: 'tarif.drl.xlsx' is not a rule file of the pack it"
                + " extends");
  }

  @Test
  void extendingAMissingPackIsRefused() {
    Path next = PackCopy.of("beijing-2027", rules);
    assertThatThrownBy(() -> new PackCompiler().compile(next))
        .isInstanceOf(PackRejectedException.class)
        .hasMessageContaining("extends: there is no pack 'beijing' in");
  }

  @Test
  void extendsNamesAFolderBesideThePackAndNothingElse() {
    PackCopy.of("beijing", rules);
    Path next = PackCopy.of("beijing-2027", rules);
    PackCopy.replaceInFile(next.resolve("pack.yaml"), "extends: beijing", "extends: ../beijing");
    assertThatThrownBy(() -> new PackCompiler().compile(next))
        .isInstanceOf(PackRejectedException.class)
        .hasMessageContaining(
            "extends: '../beijing' must be the name of another pack folder beside this one");
  }

  @Test
  void packsThatExtendEachOtherAreRefused() {
    Path base = PackCopy.of("beijing", rules);
    Path next = PackCopy.of("beijing-2027", rules);
    PackCopy.replaceInFile(
        base.resolve("pack.yaml"), "name: beijing\n", "name: beijing\nextends: beijing-2027\n");
    assertThatThrownBy(() -> new PackCompiler().compile(next))
        .isInstanceOf(PackRejectedException.class)
        .hasMessageContaining(
            "the packs extend each other in a circle (beijing-2027 -> beijing -> beijing-2027)");
  }

  @Test
  void aVersionAddsComponentsToThoseItInherits() throws Exception {
    PackCopy.copyTree(Path.of("policies/uk"), rules.resolve("uk"));
    Path next = Files.createDirectories(rules.resolve("uk-2027"));
    Files.writeString(
        next.resolve("pack.yaml"),
        "extends: uk\nversion: \"2027.1\"\neffective_from: 2027-01-01\nchanges: A levy.\n"
            + "components:\n  LEVY: { payer: operator, payee: utility }\n");
    PackTerms terms = PackTerms.of(PackCompiler.readManifest(next), new java.util.ArrayList<>());
    assertThat(terms.components().keySet().stream().map(c -> c.name()))
        .contains("STANDING_CHARGE", "LEVY");
  }

  @Test
  void aLinkInAPackIsRefused() throws Exception {
    Path pack = PackCopy.of("beijing", rules);
    Path outside =
        Files.writeString(rules.resolve("outside.drl"), "package org.evsettle.policy;\n");
    Files.createSymbolicLink(pack.resolve("more.drl"), outside);
    assertThat(PackFiles.of(pack).drl())
        .noneMatch(p -> p.getFileName().toString().equals("more.drl"));
    assertThatThrownBy(() -> new PackCompiler().compile(pack))
        .isInstanceOf(PackRejectedException.class)
        .hasMessageContaining(
            "more.drl: a pack's files may not be links: a link could read a file outside the pack");
  }
}
