package org.evsettle.rules.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.evsettle.rules.engine.MarketPack;
import org.evsettle.rules.engine.OverlaidPack;
import org.evsettle.rules.pack.PackCopyAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped packs pass their own worked examples; a wrong expectation is reported clearly. */
class PackCheckTest {

  @TempDir Path dir;

  @Test
  void bothBeijingVersionsPassTheirWorkedExamples() {
    var reference = new PackCheck().check(Path.of("policies/beijing"));
    assertThat(reference.problems()).isEmpty();
    assertThat(reference.examples()).isEqualTo(6);
    var next = new PackCheck().check(Path.of("policies/beijing-2027"));
    assertThat(next.problems()).isEmpty();
    assertThat(next.examples()).isEqualTo(1);
  }

  @Test
  void aVersionWhoseChangesDoNotNameAChangedFileFails() {
    PackCopyAccess.copy("beijing", dir);
    Path next = PackCopyAccess.copy("beijing-2027", dir);
    PackCopyAccess.replaceInFile(
        next.resolve("pack.yaml"), "Changed from 2024.1 in tariff.drl.xlsx only", "Changed");
    assertThat(new PackCheck().check(next).problems())
        .containsExactly(
            "pack.yaml: changes does not mention tariff.drl.xlsx, which differs from version"
                + " 2024.1 (beijing); evsettle rules diff lists what changed");
  }

  @Test
  void theUkPackPassesItsWorkedExamples() {
    // Europe/London, GBP half to even, windows in GMT, a standing charge, a site demand charge
    var uk = new PackCheck().check(Path.of("policies/uk"));
    assertThat(uk.problems()).isEmpty();
    assertThat(uk.examples()).isEqualTo(4);
  }

  @Test
  void theShanghaiPackPassesItsWorkedExamples() {
    // Beijing's national rules, Shanghai's tariff, taxi card subsidy, ultrafast bonus, service fee
    // and demand response
    var shanghai = new PackCheck().check(Path.of("policies/shanghai"));
    assertThat(shanghai.problems()).isEmpty();
    assertThat(shanghai.examples()).isEqualTo(3);
  }

  @Test
  void aWorkedExampleThatTheRulesNoLongerMeetFails() throws Exception {
    Path pack = PackCopyAccess.copy("beijing", dir);
    // the regulator lowers the A subsidy, but the worked example still expects 0.20
    PackCopyAccess.setCell(pack.resolve("subsidy.drl.xlsx"), "Rating A", 3, "0.18");
    var report = new PackCheck().check(pack);
    assertThat(report.passed()).isFalse();
    assertThat(report.problems())
        .containsExactly(
            "examples/01-energy-across-the-valley-boundary.yaml (Operator OP1 charges 10 kWh from 22:30"
                + " to 23:30 at an A-rated public station): expected but not produced: SUBSIDY - S-1"
                + " BJ-SUBSIDY-FUND->OP1 10 x 0.2 = 2.00",
            "examples/01-energy-across-the-valley-boundary.yaml (Operator OP1 charges 10 kWh from 22:30"
                + " to 23:30 at an A-rated public station): produced but not expected: SUBSIDY - S-1"
                + " BJ-SUBSIDY-FUND->OP1 10 x 0.18 = 1.80",
            "examples/03-annual-cap-and-late-report.yaml (A 7 kW public charger near its annual cap,"
                + " and a session reported too late): expected but not produced: SUBSIDY - K-1"
                + " BJ-SUBSIDY-FUND->OP1 5 x 0.2 = 1.00",
            "examples/03-annual-cap-and-late-report.yaml (A 7 kW public charger near its annual cap,"
                + " and a session reported too late): produced but not expected: SUBSIDY - K-1"
                + " BJ-SUBSIDY-FUND->OP1 5 x 0.18 = 0.90");
    Files.writeString(pack.resolve("examples/99-broken.yaml"), "description: x\nperiod: [\n");
    assertThat(new PackCheck().check(pack).problems())
        .anySatisfy(p -> assertThat(p).startsWith("examples/99-broken.yaml"));
  }

  @Test
  void periodWidePoliciesAreCheckedOnExamplesOfSeveralOperators() {
    var report = new PackCheck().check(MarketPack.in(dir));
    assertThat(report.problems()).isEmpty();
    assertThat(report.examples()).isEqualTo(9); // Beijing's six and the market's three
  }

  @Test
  void anExamplesChargersCarryTheirCurrentTypeAndConnector() {
    // the power-classes additions pay an ultrafast bonus; their example's 400 kW DC charger earns
    // it, its 150 kW one does not
    var report = new PackCheck().check(OverlaidPack.beijingWith("power-classes", "shanghai", dir));
    assertThat(report.problems()).isEmpty();
    assertThat(report.examples()).isEqualTo(7); // Beijing's six and the ultrafast one
  }

  @Test
  void anExampleChargerThatCannotExistIsRefused() throws Exception {
    Path pack = PackCopyAccess.copy("beijing", dir);
    Files.writeString(
        pack.resolve("examples/06-ac-at-400-kw.yaml"),
        String.join(
            "\n",
            "description: An AC charger of 400 kW",
            "period: 2026-10",
            "operator: OP1",
            "chargers:",
            "  - { charger_id: A400, site_id: S1, utility_id: UT1, district: D1, access: FLEET,"
                + " rated_power_kw: 400, current_type: AC }",
            ""));
    assertThat(new PackCheck().check(pack).problems())
        .containsExactly(
            "examples/06-ac-at-400-kw.yaml: charger A400: rated_power_kw 400 is more than the"
                + " 43.5 kW an AC charger (IEC 62196) can deliver");
  }

  @Test
  void aRuleThatReadsABatchAsThePeriodIsFoundOut() throws Exception {
    Path pack = PackCopyAccess.copy("beijing", dir);
    // pays a bonus to sessions that share their charger with another session of the rule session
    Files.writeString(
        pack.resolve("busy-chargers.drl"),
        String.join(
            "\n",
            "package org.evsettle.policy;",
            "import org.evsettle.rules.model.*;",
            "import org.evsettle.settlement.domain.*;",
            "rule \"A busy charger's sessions earn a bonus\"",
            "    ruleflow-group \"price\"",
            "when",
            "    $period : PeriodFact()",
            "    $s : SessionFact($charger : chargerId)",
            "    exists SessionFact(chargerId == $charger, sessionId != $s.sessionId)",
            "then",
            "    insert(new Line(drools, Component.INCENTIVE).forSession($s)",
            "        .pays($s.getCharger().getUtilityId(), $s.getOperatorId())",
            "        .priced(java.math.BigDecimal.ONE, \"session\", java.math.BigDecimal.ONE, $period)",
            "        .explain(\"A busy charger.\"));",
            "end",
            ""));
    Files.writeString(
        pack.resolve("examples/06-two-sessions.yaml"),
        String.join(
            "\n",
            "description: Two sessions at one charger",
            "period: 2026-10",
            "operator: OP1",
            "chargers:",
            "  - { charger_id: C1, site_id: S1, utility_id: UT1, district: D1, access: FLEET,"
                + " rated_power_kw: 7 }",
            "sessions:",
            "  - { session_id: X-1, charger_id: C1, started_at: \"2026-10-12T10:00:00+08:00\","
                + " ended_at: \"2026-10-12T11:00:00+08:00\", energy_kwh: 5 }",
            "  - { session_id: X-2, charger_id: C1, started_at: \"2026-10-13T10:00:00+08:00\","
                + " ended_at: \"2026-10-13T11:00:00+08:00\", energy_kwh: 5 }",
            "expected_lines:",
            "  - { component: ENERGY, window_class: PEAK, record_id: X-1, payer: OP1, payee: UT1,"
                + " quantity: 5, rate: 1.0044, amount: 5.02 }",
            "  - { component: INCENTIVE, record_id: X-1, payer: UT1, payee: OP1, quantity: 1,"
                + " rate: 1, amount: 1.00 }",
            "  - { component: ENERGY, window_class: PEAK, record_id: X-2, payer: OP1, payee: UT1,"
                + " quantity: 5, rate: 1.0044, amount: 5.02 }",
            "  - { component: INCENTIVE, record_id: X-2, payer: UT1, payee: OP1, quantity: 1,"
                + " rate: 1, amount: 1.00 }",
            ""));
    // example 03 has two sessions at one charger too
    assertThat(new PackCheck().check(pack).problems())
        .contains(
            "examples/06-two-sessions.yaml (Two sessions at one charger): the lines depend on how"
                + " sessions are batched (a rule reads the sessions of one rule session as if they"
                + " were the period's; use the engine's period totals): one session at a time gives"
                + " [ENERGY PEAK X-1 OP1->UT1 5 x 1.0044 = 5.02, ENERGY PEAK X-2 OP1->UT1 5 x"
                + " 1.0044 = 5.02]");
  }

  @Test
  void aPackWithoutExamplesOrWhoseExamplesPriceNoEnergyFails() throws Exception {
    Path pack = PackCopyAccess.copy("beijing", dir);
    try (var examples = Files.list(pack.resolve("examples"))) {
      for (Path f : examples.toList()) {
        Files.delete(f);
      }
    }
    assertThat(new PackCheck().check(pack).problems())
        .containsExactly(
            "examples: the pack has no worked examples (examples/*.yaml): each policy needs one"
                + " that shows what it pays");
    // a charger's compliance alone: no session, no energy priced
    Files.writeString(
        pack.resolve("examples/01-compliance.yaml"),
        String.join(
            "\n",
            "description: A compliant charger without sessions",
            "period: 2026-10",
            "operator: OP1",
            "chargers:",
            "  - { charger_id: C1, site_id: S1, utility_id: UT1, district: D1, access: FLEET,"
                + " rated_power_kw: 7 }",
            ""));
    assertThat(new PackCheck().check(pack).problems())
        .containsExactly(
            "examples: no worked example produces an ENERGY line: the pack prices no charged"
                + " energy (or no example shows it)");
  }
}
