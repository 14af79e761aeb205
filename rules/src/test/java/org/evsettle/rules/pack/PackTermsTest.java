package org.evsettle.rules.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.evsettle.rules.check.PackCheck;
import org.evsettle.settlement.domain.Component;
import org.evsettle.settlement.domain.ComponentDefinition;
import org.evsettle.settlement.domain.Payer;
import org.evsettle.settlement.domain.WindowClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Components and window classes are names a pack defines: a line of anything else, or paid by a
 * party other than its component's, is refused with its rule and file.
 */
class PackTermsTest {

  @TempDir Path dir;

  /** What {@code rules check} says of the pack's first worked example. */
  private static String runFirstExample(Path pack, String example) {
    return new PackCheck()
        .check(pack).problems().stream()
            .filter(p -> p.startsWith("examples/" + example + ": "))
            .map(p -> p.substring(("examples/" + example + ": ").length()))
            .findFirst()
            .orElseThrow(() -> new AssertionError("the example settled"));
  }

  @Test
  void theUkPackDefinesItsStandingChargeWindowClassesAndPriceCapPaidToItsRedressFund() {
    CompiledPack uk = new PackCompiler().compile(Path.of("policies/uk"));
    PackTerms terms = uk.terms();
    assertThat(terms.windowClasses())
        .containsExactly(
            WindowClass.of("OFF_PEAK"), WindowClass.of("DAY"), WindowClass.of("DYNAMIC"));
    // no subsidy fund: a redress fund, owed what drivers paid above the price cap
    assertThat(terms.hasFund()).isTrue();
    assertThat(uk.manifest().fundId()).isEqualTo("UK-REDRESS-FUND");
    assertThat(terms.definitions())
        .contains(
            new ComponentDefinition(
                Component.of("STANDING_CHARGE"), Payer.OPERATOR, Payer.UTILITY, false),
            new ComponentDefinition(
                Component.of("PRICE_CAP_EXCESS"), Payer.OPERATOR, Payer.FUND, false),
            new ComponentDefinition(Component.ENERGY, Payer.OPERATOR, Payer.UTILITY, true));
    assertThat(terms.countsEnergy(Component.ENERGY)).isTrue();
    assertThat(terms.countsEnergy(Component.of("STANDING_CHARGE"))).isFalse();
    // built-in components first, in their order, the pack's own after them
    assertThat(terms.definitions().stream().map(d -> d.component().name()).toList())
        .containsExactly(
            "ENERGY",
            "V2G_COMPENSATION",
            "SUBSIDY",
            "WITHHELD",
            "INCENTIVE",
            "DEMAND_CHARGE",
            "PRICE_CAP_EXCESS",
            "STANDING_CHARGE");
  }

  @Test
  void aLineOfAComponentThePackDoesNotDefineIsRefused() {
    Path pack = PackCopy.copyTree(Path.of("policies/uk"), dir.resolve("uk"));
    PackCopy.replaceInFile(
        pack.resolve("standing-charge.drl"),
        "Component.of(\"STANDING_CHARGE\")",
        "Component.of(\"STANDING_CHRGE\")");
    assertThat(runFirstExample(pack, "01-summer-night-in-gmt-and-half-even.yaml"))
        .isEqualTo(
            "rule 'Each charging session pays the standing charge' in standing-charge.drl made a"
                + " line the pack does not allow: its component STANDING_CHRGE is not defined"
                + " (pack.yaml components: [ENERGY, V2G_COMPENSATION, SUBSIDY, WITHHELD,"
                + " INCENTIVE, DEMAND_CHARGE, PRICE_CAP_EXCESS, STANDING_CHARGE])");
  }

  @Test
  void aLinePaidByAnotherPartyThanItsComponentsIsRefused() {
    Path pack = PackCopy.copyTree(Path.of("policies/uk"), dir.resolve("uk"));
    // the utility made to pay the operator a charge the operator owes
    PackCopy.replaceInFile(
        pack.resolve("standing-charge.drl"),
        "        .pays($session.getOperatorId(), $session.getCharger().getUtilityId())",
        "        .pays($session.getCharger().getUtilityId(), $session.getOperatorId())");
    assertThat(runFirstExample(pack, "01-summer-night-in-gmt-and-half-even.yaml"))
        .endsWith(
            "made a line the pack does not allow: a STANDING_CHARGE line is paid by the operator"
                + " to the utility, not by UKPN to OP1 (operator OP1)");
  }

  @Test
  void aLinePaidToAPartyThatIsNoUtilityOfTheOperatorIsRefused() {
    Path pack = PackCopy.copyTree(Path.of("policies/uk"), dir.resolve("uk"));
    PackCopy.replaceInFile(
        pack.resolve("standing-charge.drl"),
        "        .pays($session.getOperatorId(), $session.getCharger().getUtilityId())",
        "        .pays($session.getOperatorId(), \"UKPN-X\")");
    assertThat(runFirstExample(pack, "01-summer-night-in-gmt-and-half-even.yaml"))
        .endsWith(
            "a STANDING_CHARGE line is paid by the operator to the utility, not by OP1 to UKPN-X"
                + " (operator OP1)");
  }

  @Test
  void aFundComponentInAPackWithoutAFundIsRefused() {
    Path pack = PackCopy.copyTree(Path.of("policies/uk"), dir.resolve("uk"));
    PackCopy.replaceInFile(pack.resolve("pack.yaml"), "fund_id: UK-REDRESS-FUND\n", "");
    PackCopy.replaceInFile(
        pack.resolve("pack.yaml"),
        "  STANDING_CHARGE: { payer: operator, payee: utility }",
        "  STANDING_CHARGE: { payer: operator, payee: fund }");
    assertThat(runFirstExample(pack, "01-summer-night-in-gmt-and-half-even.yaml"))
        .endsWith("its component STANDING_CHARGE involves the fund, and the pack names no fund_id");
  }

  @Test
  void aTariffRowOfAWindowClassThePackDoesNotDeclareIsRefusedAtItsRow() {
    Path pack = PackCopy.copyTree(Path.of("policies/uk"), dir.resolve("uk"));
    PackCopy.setCell(pack.resolve("tariff.drl.xlsx"), "Day", 2, "DAYTIME");
    assertThatThrownBy(() -> new PackCompiler().compile(pack))
        .isInstanceOf(PackRejectedException.class)
        .hasMessageContaining(
            "tariff.drl.xlsx sheet 'Time of use' row 11: the window class DAYTIME is not one the pack declares"
                + " [OFF_PEAK, DAY, DYNAMIC] (pack.yaml window_classes)");
  }

  @Test
  void badDefinitionsInPackYamlAreRefused() {
    Path pack = PackCopy.copyTree(Path.of("policies/uk"), dir.resolve("uk"));
    PackCopy.replaceInFile(
        pack.resolve("pack.yaml"),
        "  STANDING_CHARGE: { payer: operator, payee: utility }",
        "  standing charge: { payer: operator, payee: utility }\n"
            + "  SERVICE_FEE: { payer: driver, payee: operator }\n"
            + "  LEVY: { payer: operator }");
    assertThatThrownBy(() -> new PackCompiler().compile(pack))
        .isInstanceOf(PackRejectedException.class)
        .hasMessageContaining(
            "components: 'standing charge' is not a component name: upper-case letters, digits"
                + " and _, at most 20 characters")
        .hasMessageContaining(
            "components: 'driver' is not a party of a line: operator, utility or fund")
        .hasMessageContaining("components: LEVY needs a payer and a payee");
    PackCopy.replaceInFile(pack.resolve("pack.yaml"), "window_time: standard", "window_time: gmt");
    assertThatThrownBy(() -> new PackCompiler().compile(pack))
        .hasMessageContaining("window_time is 'gmt': it must be local or standard");
  }

  @Test
  void windowsInStandardTimeDoNotMoveWithSummerTime() {
    CompiledPack uk = new PackCompiler().compile(Path.of("policies/uk"));
    // 07:00-08:00 BST on 15 July = 06:00-07:00 GMT: inside the 00:30-07:30 GMT night
    var slices =
        uk.timeOfUse()
            .slices(
                java.time.Instant.parse("2026-07-15T06:00:00Z"),
                java.time.Instant.parse("2026-07-15T07:00:00Z"));
    assertThat(slices).hasSize(1);
    assertThat(slices.get(0).window().getWindowClass()).isEqualTo(WindowClass.of("OFF_PEAK"));
    // the same hour in January, GMT on the wall clock too: 06:00-07:00 is off-peak as well, and
    // 07:00-08:00 GMT splits at 07:30
    var january =
        uk.timeOfUse()
            .slices(
                java.time.Instant.parse("2026-01-15T07:00:00Z"),
                java.time.Instant.parse("2026-01-15T08:00:00Z"));
    assertThat(january.stream().map(s -> s.window().getWindowClass().name()).toList())
        .containsExactly("OFF_PEAK", "DAY");
    assertThat(uk.manifest().windowZone()).isEqualTo(java.time.ZoneOffset.UTC);
  }
}
