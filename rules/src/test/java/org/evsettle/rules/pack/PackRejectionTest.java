package org.evsettle.rules.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pack that does not compile, fails its lint, or writes unusable rates is never used; the message
 * names the file and the line (or sheet and row or cell) and says what is wrong.
 */
class PackRejectionTest {

  @TempDir Path dir;

  private List<String> problemsOf(Path pack) {
    try {
      new PackCompiler().compile(pack);
    } catch (PackRejectedException e) {
      return e.problems().stream().map(PackProblem::toString).toList();
    }
    throw new AssertionError("the pack was accepted");
  }

  @Test
  void aSyntaxErrorInADrlFileNamesTheFileAndLine() {
    Path pack = PackCopy.of("beijing", dir);
    PackCopy.replaceInFile(
        pack.resolve("subsidy.drl"),
        "    modify($claim) { applyCap($account) }",
        "    modify($claim) { applyCap($account) ");
    assertThat(problemsOf(pack)).anySatisfy(p -> assertThat(p).startsWith("subsidy.drl line "));
  }

  @Test
  void theLintRejectsIoReflectionProcessesThreadsAndSystem() throws Exception {
    Path pack = PackCopy.of("beijing", dir);
    Path drl = pack.resolve("price-energy.drl");
    String text = Files.readString(drl);
    Files.writeString(
        drl,
        text.replace(
                "import org.evsettle.settlement.domain.*;",
                "import org.evsettle.settlement.domain.*;\nimport java.io.File;")
            .replace(
                "    insert(new Line(drools, Component.ENERGY)",
                "    System.exit(1);\n    insert(new Line(drools, Component.ENERGY)"));
    List<String> problems = problemsOf(pack);
    assertThat(problems)
        .contains(
            "price-energy.drl line 9: import of java.io.File is not allowed: rule files may only use the"
                + " fact model (org.evsettle.rules.model), the settlement domain, java.math, java.time"
                + " and java.util collections",
            "price-energy.drl line 17: 'System' is not allowed in a rule file: no I/O, network,"
                + " reflection, processes, threads or System; use only the fact model");
    // a name in a comment or a string is not code
    Files.writeString(
        drl,
        text.replace(
            "// Pricing of energy", "// System.exit is not called here; Pricing of energy"));
    assertThat(new PackCompiler().compile(pack).manifest().name()).isEqualTo("beijing");
  }

  @Test
  void codeSmuggledIntoASpreadsheetCellIsRejectedWithItsCell() {
    Path pack = PackCopy.of("beijing", dir);
    PackCopy.setCell(
        pack.resolve("tariff.drl.xlsx"),
        "Peak evening",
        6,
        "1.0044\"); Runtime.getRuntime().exec(\"rm\"); (\"");
    assertThat(problemsOf(pack))
        .contains(
            "tariff.drl.xlsx sheet 'Time of use' cell G14: 'Runtime' is not allowed in a decision"
                + " table: no I/O, network, reflection, processes, threads or System; use only the fact"
                + " model");
  }

  @Test
  void aRateThatIsNotANumberNamesItsRow() {
    Path pack = PackCopy.of("beijing", dir);
    PackCopy.setCell(pack.resolve("subsidy.drl.xlsx"), "Rating B", 3, "0,15");
    assertThat(problemsOf(pack))
        .containsExactly(
            "subsidy.drl.xlsx sheet 'Subsidy' row 11: the row 'Rating B' has a value that cannot be"
                + " used: '0,15' is not a number: write it with '.' as the decimal point, like"
                + " 0.15");
  }

  @Test
  void windowsThatOverlapOrLeaveAGapAreRejected() {
    Path pack = PackCopy.of("beijing", dir);
    PackCopy.setCell(pack.resolve("tariff.drl.xlsx"), "Flat afternoon", 4, "19:00");
    assertThat(problemsOf(pack))
        .containsExactly(
            "tariff.drl.xlsx sheet 'Time of use' row 14: windows 'Flat afternoon' and 'Peak evening'"
                + " both cover 18:00 in JANUARY");
    Path gap = PackCopy.of("beijing", dir.resolve("gap"));
    PackCopy.setCell(gap.resolve("tariff.drl.xlsx"), "Flat afternoon", 4, "17:00");
    assertThat(problemsOf(gap))
        .containsExactly(
            "time-of-use windows: no window covers 17:00 in JANUARY: every minute of the day needs one");
  }

  @Test
  void aParameterTheRulesNeedMustExist() {
    Path pack = PackCopy.of("beijing", dir);
    PackCopy.setCell(pack.resolve("subsidy.drl.xlsx"), "Annual cap", 2, "annual subsidy limit");
    assertThat(problemsOf(pack))
        .containsExactly(
            "decision tables: the parameter 'annual subsidy cap' that pack.yaml lists is in no decision"
                + " table (check its spelling)",
            "subsidy.drl line 10: no decision table defines the parameter 'annual subsidy cap' (check"
                + " its spelling; the pack has [V2G dispatch bonus, annual subsidy limit, meter energy"
                + " tolerance, reporting deadline, valley share target, other posts, valley share target, private posts])"
                + " (in rule \"Each public charger has an annual subsidy cap in proportion to its rated"
                + " power\")");
  }

  @Test
  void aParameterOrPhaseThatARuleNamesMustExist() throws Exception {
    Path pack = PackCopy.of("beijing", dir);
    // a misspelt parameter that pack.yaml does not list, and a phase the engine does not run
    PackCopy.replaceInFile(
        pack.resolve("price-energy.drl"),
        "name == \"V2G dispatch bonus\"",
        "name == \"V2G bonus\"");
    PackCopy.replaceInFile(
        pack.resolve("report-valley-share.drl"),
        "ruleflow-group \"report\"\nwhen\n    $share : ValleyShare(group == ValleyShare.PRIVATE_POSTS",
        "ruleflow-group \"reports\"\nwhen\n    $share : ValleyShare(group == ValleyShare.PRIVATE_POSTS");
    assertThat(problemsOf(pack))
        .containsExactly(
            "price-energy.drl line 44: no decision table defines the parameter 'V2G bonus' (check"
                + " its spelling; the pack has [V2G dispatch bonus, annual subsidy cap, meter energy"
                + " tolerance, reporting deadline, valley share target, other posts, valley share target, private posts])"
                + " (in rule \"Discharged energy inside a discharge request earns the V2G dispatch"
                + " bonus\")",
            "report-valley-share.drl line 8: the phase 'reports' is none the engine runs"
                + " [parameters, classify, price, eligibility, caps, withhold, period, report] (in"
                + " rule \"Private posts are held to the private valley-share target\")");
  }

  @Test
  void aLookBackMustBeAWholeNumberOfDaysInAYear() throws Exception {
    Path pack = PackCopy.of("beijing", dir);
    PackCopy.replaceInFile(
        pack.resolve("pack.yaml"),
        "effective_from: 2024-01-01",
        "effective_from: 2024-01-01\nlook_back_days: -7");
    assertThat(problemsOf(pack))
        .containsExactly(
            "pack.yaml: look_back_days is -7: it must be a number of days from 0 to 366");
    PackCopy.replaceInFile(pack.resolve("pack.yaml"), "look_back_days: -7", "look_back_days: ten");
    assertThat(problemsOf(pack)).singleElement().asString().startsWith("pack.yaml line 10:");
  }

  @Test
  void aBrokenManifestNamesItsLine() throws Exception {
    Path pack = PackCopy.of("beijing", dir);
    PackCopy.replaceInFile(
        pack.resolve("pack.yaml"),
        "effective_from: 2024-01-01",
        "effective_from: first of January");
    assertThat(problemsOf(pack))
        .singleElement()
        .satisfies(p -> assertThat(p).startsWith("pack.yaml line 9: "));
    Files.delete(pack.resolve("pack.yaml"));
    assertThatThrownBy(() -> new PackCompiler().compile(pack))
        .hasMessageContaining("pack.yaml: the pack has no pack.yaml");
  }
}
