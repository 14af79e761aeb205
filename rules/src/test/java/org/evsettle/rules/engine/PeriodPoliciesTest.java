package org.evsettle.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evsettle.settlement.domain.AccessType.PUBLIC;
import static org.evsettle.settlement.domain.AccessType.TAXI;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.evsettle.rules.pack.CompiledPack;
import org.evsettle.rules.pack.PackCompiler;
import org.evsettle.settlement.domain.LineSubject;
import org.evsettle.settlement.domain.PolicyLine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Policies over the whole period and market (the market test pack), on a month of two operators
 * worked out by hand: taxi subsidy 0.40 CNY/kWh capped at 300 kWh per card per month, demand charge
 * 40 CNY per kW over a site's limit, load reduction paid 2.00 CNY per kWh under a 10-of-10 weekday
 * baseline with a same-day adjustment (14:00-17:00 for an 18:00 event) capped at 20 %.
 */
class PeriodPoliciesTest {

  @TempDir static Path folder;
  private static CompiledPack pack;

  @BeforeAll
  static void compile() {
    pack = new PackCompiler().compile(MarketPack.in(folder));
  }

  static Market october() {
    var m =
        new Market()
            .charger("T1", "OP1", "S10", TAXI, "60")
            .charger("T2", "OP2", "S20", TAXI, "60")
            .charger("C31", "OP1", "S30", PUBLIC, "120")
            .charger("C32", "OP2", "S30", PUBLIC, "120")
            .charger("C51", "OP2", "S50", PUBLIC, "60")
            .site("S30", "OP1", "100")
            .site("S50", "OP2", null);
    // card A: 5 x 50 kWh at OP1, 3 x 50 kWh at OP2; card B: 2 x 50 kWh at OP1
    for (int day = 12; day <= 16; day++) {
      m.session("T1", "card-a", "2026-10-" + day + "T08:00", "2026-10-" + day + "T09:00", "50");
    }
    for (int day = 19; day <= 21; day++) {
      m.session("T2", "card-a", "2026-10-" + day + "T08:00", "2026-10-" + day + "T09:00", "50");
    }
    m.session("T1", "card-b", "2026-10-26T08:00", "2026-10-26T09:00", "50");
    m.session("T1", "card-b", "2026-10-27T08:00", "2026-10-27T09:00", "50");
    // site S30, shared by OP1 and OP2: 30 kW + 80 kW from 10:00 to 10:30
    m.session("C31", null, "2026-10-12T10:00", "2026-10-12T11:00", "30");
    m.session("C32", null, "2026-10-12T10:00", "2026-10-12T10:30", "40");
    // site S50: 30 kWh 14-17 and 40 kWh 18-20 on ordinary weekdays since September
    Set<LocalDate> holidays =
        Set.of(2, 5, 6, 7).stream()
            .map(d -> LocalDate.of(2026, 10, d))
            .collect(java.util.stream.Collectors.toSet());
    for (LocalDate d = LocalDate.of(2026, 9, 14);
        d.isBefore(LocalDate.of(2026, 10, 31));
        d = d.plusDays(1)) {
      boolean weekend =
          d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
      boolean eventDay = d.getDayOfMonth() == 15 || d.getDayOfMonth() == 22;
      if (weekend
          || holidays.contains(d)
          || d.equals(LocalDate.of(2026, 10, 1))
          || eventDay && d.getMonthValue() == 10) {
        continue;
      }
      m.session("C51", null, d + "T14:00", d + "T17:00", "30");
      m.session("C51", null, d + "T18:00", d + "T20:00", "40");
    }
    // a busy Saturday is no baseline day
    m.session("C51", null, "2026-10-10T18:00", "2026-10-10T20:00", "100");
    m.session("C51", null, "2026-10-15T14:00", "2026-10-15T17:00", "33");
    m.session("C51", null, "2026-10-15T18:00", "2026-10-15T20:00", "20");
    m.session("C51", null, "2026-10-22T14:00", "2026-10-22T17:00", "45");
    m.session("C51", null, "2026-10-22T18:00", "2026-10-22T20:00", "20");
    return m.loadReduction("E1", "S50", "2026-10-15T18:00", "2026-10-15T20:00")
        .loadReduction("E2", "S50", "2026-10-22T18:00", "2026-10-22T20:00")
        // after the month: settled in November, not here
        .loadReduction("E3", "S50", "2026-11-02T18:00", "2026-11-02T20:00");
  }

  private static List<String> periodLines(List<PolicyLine> lines) {
    return lines.stream()
        .filter(l -> l.recordType() != LineSubject.SESSIONS)
        .map(l -> l.recordType().label() + ": " + Scenario.summary(l))
        .toList();
  }

  @Test
  void cardsSitesAndEventsAreSettledFromTheWholeMarketsTotals() {
    assertThat(periodLines(october().settle(pack, "2026-10", 2500, 1)))
        .containsExactly(
            // 7.5 + 20 kWh in 15 minutes = 110 kW, 10 kW over 100
            "sites: DEMAND_CHARGE - S30 OP1->UT1 10 x 40 = 400.00",
            // card A: 400 kWh, capped at 300, shared 250:150 -> 187.5 and 112.5 kWh
            "cards: SUBSIDY - card-a BJ-SUBSIDY-FUND->OP1 187.5 x 0.4 = 75.00",
            "cards: SUBSIDY - card-b BJ-SUBSIDY-FUND->OP1 100 x 0.4 = 40.00",
            // E1: 40 kWh x 33/30 = 44 kWh baseline, 20 drawn; E2: 40 x min(45/30, 1.2) = 48
            "dispatch: INCENTIVE - E1 UT1->OP2 24 x 2 = 48.00",
            "dispatch: INCENTIVE - E2 UT1->OP2 28 x 2 = 56.00",
            "cards: SUBSIDY - card-a BJ-SUBSIDY-FUND->OP2 112.5 x 0.4 = 45.00");
  }

  @Test
  void theExplanationsSayWhatTheTotalsWere() {
    List<PolicyLine> lines = october().settle(pack, "2026-10", 2500, 1);
    assertThat(lines)
        .filteredOn(l -> l.recordType() == LineSubject.SITES)
        .singleElement()
        .satisfies(
            l ->
                assertThat(l.explanation())
                    .isEqualTo(
                        "Site S30 drew 110 kW in the 15 minutes from 2026-10-12T10:00 (sessions at"
                            + " constant power), 10 kW over its limit of 100 kW, charged at 40 CNY"
                            + " per kW."));
    assertThat(lines)
        .filteredOn(l -> l.recordId().equals("E1"))
        .singleElement()
        .satisfies(
            l ->
                assertThat(l.explanation())
                    .isEqualTo(
                        "In load-reduction event E1 the baseline of site S50 is 44 kWh (the"
                            + " average of 10 weekdays, 40 kWh, adjusted x 1.1) and it drew 20"
                            + " kWh: 24 kWh less, paid at 2.00 CNY per kWh."));
  }

  @Test
  void amountsDoNotDependOnBatchesOrTheOrderSessionsAreAddedUpIn() {
    List<PolicyLine> reference = october().settle(pack, "2026-10", Integer.MAX_VALUE, 1);
    for (int batch : new int[] {1, 7, 2500}) {
      for (long seed : new long[] {2, 3}) {
        assertThat(october().settle(pack, "2026-10", batch, seed))
            .as("batches of %d, order %d", batch, seed)
            .isEqualTo(reference);
      }
    }
  }
}
