package org.evsettle.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evsettle.settlement.domain.AccessType.FLEET;
import static org.evsettle.settlement.domain.CurrentType.DC;

import java.nio.file.Path;
import org.evsettle.rules.pack.CompiledPack;
import org.evsettle.rules.pack.PackCompiler;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule reading a charger's power class ({@code packs/power-classes}: an ultrafast bonus of 0.10
 * CNY per kWh, a rule matching {@code ChargerFact(powerClass == PowerClass.ULTRAFAST)}). Fleet
 * chargers, so no subsidy lines; every session 01:00-02:00, valley.
 */
class PowerClassRulesTest {

  @TempDir static Path folder;
  private static CompiledPack pack;

  @BeforeAll
  static void compile() {
    pack =
        new PackCompiler().compile(OverlaidPack.beijingWith("power-classes", "shanghai", folder));
  }

  private static java.util.List<String> bonuses(Scenario s) {
    return s.lineSummaries().stream().filter(l -> l.startsWith("INCENTIVE")).toList();
  }

  @Test
  void theUltrafastBonusIsPaidAtA400KwDcChargerAndNotAt150Kw() {
    var s =
        new Scenario()
            .charger("U400", "S1", "D1", FLEET, "400", DC, "IEC_62196_T2_COMBO")
            .charger("F150", "S1", "D1", FLEET, "150", DC, "IEC_62196_T2_COMBO")
            .session("X-1", "U400", "2026-10-12T01:00", "2026-10-12T02:00", "40")
            .session("X-2", "F150", "2026-10-12T01:00", "2026-10-12T02:00", "30")
            .evaluate(pack, "2026-10");
    // 40 kWh x 0.10 = 4.00 CNY, paid by the utility; nothing for the 150 kW charger
    assertThat(bonuses(s)).containsExactly("INCENTIVE - X-1 UT1->OP1 40 x 0.1 = 4.00");
    assertThat(s.lines)
        .filteredOn(l -> l.recordId().equals("X-1") && l.component().name().equals("INCENTIVE"))
        .singleElement()
        .satisfies(
            l ->
                assertThat(l.explanation())
                    .isEqualTo(
                        "40 kWh of session X-1 were charged at ultrafast charger U400 (400 kW)"
                            + " and earn the bonus of 0.10 CNY per kWh."));
    // both sessions are still priced as energy: 40 x 0.3946 = 15.784, 30 x 0.3946 = 11.838
    assertThat(s.lineSummaries())
        .contains(
            "ENERGY VALLEY X-1 OP1->UT1 40 x 0.3946 = 15.78",
            "ENERGY VALLEY X-2 OP1->UT1 30 x 0.3946 = 11.84");
  }

  @Test
  void aChargerThatDoesNotReportItsCurrentTypeIsClassedByItsPower() {
    var s =
        new Scenario()
            .charger("N360", "S1", "D1", FLEET, "360")
            .charger("N120", "S1", "D1", FLEET, "120")
            // ChaoJi is a class of its own, even at 500 kW
            .charger("CJ500", "S1", "D1", FLEET, "500", DC, "CHAOJI")
            .session("Y-1", "N360", "2026-10-12T01:00", "2026-10-12T02:00", "10")
            .session("Y-2", "N120", "2026-10-12T01:00", "2026-10-12T02:00", "10")
            .session("Y-3", "CJ500", "2026-10-12T01:00", "2026-10-12T02:00", "10")
            .evaluate(pack, "2026-10");
    assertThat(bonuses(s)).containsExactly("INCENTIVE - Y-1 UT1->OP1 10 x 0.1 = 1.00");
  }
}
