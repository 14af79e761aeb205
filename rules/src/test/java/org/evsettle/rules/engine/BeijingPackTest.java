package org.evsettle.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evsettle.settlement.domain.AccessType.PRIVATE;
import static org.evsettle.settlement.domain.AccessType.PUBLIC;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import org.evsettle.rules.pack.CompiledPack;
import org.evsettle.rules.pack.PackCompiler;
import org.evsettle.settlement.domain.Charger;
import org.evsettle.settlement.domain.RecordStatus;
import org.evsettle.settlement.domain.SignedMetering;
import org.evsettle.settlement.domain.StationGrade;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Beijing reference pack on worked examples. Every expected amount is worked out by hand from
 * DESIGN.md's policy text: peak 1.0044 (10-15, 18-21), flat 0.6950 (7-10, 15-18, 21-23), valley
 * 0.3946 (23-7), critical peak 1.20528 (11-13, 19-20 in Jan, Jul, Aug, Dec); subsidy A 0.20, B
 * 0.15, C 0.10 per kWh; cap 1,500 kWh per kW a year; lines rounded half-up to 0.01 CNY.
 */
class BeijingPackTest {

  private static CompiledPack pack;

  @BeforeAll
  static void compile() {
    pack = new PackCompiler().compile(Path.of("policies/beijing"));
  }

  private static Scenario op1() {
    return new Scenario()
        .charger("C60", "S1", "D1", PUBLIC, "60")
        .charger("C7", "S2", "D1", PUBLIC, "7")
        .charger("CP", "S3", "D2", PRIVATE, "7");
  }

  @Test
  void aSessionAcrossTheValleyBoundaryIsSplitByDuration() {
    // 22:30-23:00 flat, 23:00-23:30 valley: 5 kWh each; 5 x 0.6950 = 3.475 -> 3.48, 5 x 0.3946 =
    // 1.973 -> 1.97
    var s =
        op1()
            .session("S-1", "C60", "2026-10-01T22:30", "2026-10-01T23:30", "10")
            .evaluate(pack, "2026-10");
    assertThat(s.lineSummaries())
        .containsExactly(
            "ENERGY FLAT S-1 OP1->UT1 5 x 0.695 = 3.48",
            "ENERGY VALLEY S-1 OP1->UT1 5 x 0.3946 = 1.97");
    assertThat(s.lines.get(0).explanation())
        .isEqualTo(
            "5 kWh of session S-1 were charged in FLAT hours (split by duration) and cost 0.6950 CNY"
                + " per kWh.");
    assertThat(s.lines.get(0).rule())
        .isEqualTo("Charged energy is paid to the utility at the rate of its time-of-use window");
    assertThat(s.lines.get(0).policyFile()).isEqualTo("price-energy.drl");
    assertThat(s.lines.get(0).rulesetSha256()).isEqualTo(pack.sha256()).hasSize(64);
  }

  @Test
  void aSessionOverMidnightIsSplitAtEveryBoundary() {
    // 21:30-07:30, 10 h, 20 kWh: flat 21:30-23:00 and 07:00-07:30 (2 h, 4 kWh), valley 8 h (16 kWh)
    // 4 x 0.6950 = 2.78; 16 x 0.3946 = 6.3136 -> 6.31
    var s =
        op1()
            .session("S-2", "C60", "2026-10-01T21:30", "2026-10-02T07:30", "20")
            .evaluate(pack, "2026-10");
    assertThat(s.lineSummaries())
        .containsExactly(
            "ENERGY FLAT S-2 OP1->UT1 4 x 0.695 = 2.78",
            "ENERGY VALLEY S-2 OP1->UT1 16 x 0.3946 = 6.31");
  }

  @Test
  void criticalPeakHoursApplyOnlyInTheirMonths() {
    // 10:30-13:30, 12 kWh over 3 h. July: peak 1 h (4 kWh x 1.0044 = 4.0176 -> 4.02) and
    // critical peak 11-13 (8 kWh x 1.20528 = 9.64224 -> 9.64). October: 12 x 1.0044 = 12.0528 ->
    // 12.05
    var july =
        op1()
            .session("S-J", "C60", "2026-07-01T10:30", "2026-07-01T13:30", "12")
            .evaluate(pack, "2026-07");
    assertThat(july.lineSummaries())
        .containsExactly(
            "ENERGY PEAK S-J OP1->UT1 4 x 1.0044 = 4.02",
            "ENERGY CRITICAL_PEAK S-J OP1->UT1 8 x 1.20528 = 9.64");
    var october =
        op1()
            .session("S-O", "C60", "2026-10-01T10:30", "2026-10-01T13:30", "12")
            .evaluate(pack, "2026-10");
    assertThat(october.lineSummaries())
        .containsExactly("ENERGY PEAK S-O OP1->UT1 12 x 1.0044 = 12.05");
  }

  @Test
  void intervalReadingsThatCoverASessionSplitItByMeasuredEnergy() {
    // readings put 2 kWh before 23:00 and 8 kWh after: 2 x 0.6950 = 1.39; 8 x 0.3946 = 3.1568 ->
    // 3.16
    var s =
        op1()
            .session("S-3", "C60", "2026-10-01T22:30", "2026-10-01T23:30", "10")
            .reading("C60", "2026-10-01T22:30", 15, "1.0")
            .reading("C60", "2026-10-01T22:45", 15, "1.0")
            .reading("C60", "2026-10-01T23:00", 15, "4.0")
            .reading("C60", "2026-10-01T23:15", 15, "4.0")
            .evaluate(pack, "2026-10");
    assertThat(s.lineSummaries())
        .containsExactly(
            "ENERGY FLAT S-3 OP1->UT1 2 x 0.695 = 1.39",
            "ENERGY VALLEY S-3 OP1->UT1 8 x 0.3946 = 3.16");
    assertThat(s.lines.get(0).explanation()).contains("split by interval readings");
    // a gap in the readings (23:15-23:30 missing) falls back to the duration split
    var gap =
        op1()
            .session("S-4", "C60", "2026-10-01T22:30", "2026-10-01T23:30", "10")
            .reading("C60", "2026-10-01T22:30", 15, "1.0")
            .reading("C60", "2026-10-01T22:45", 15, "1.0")
            .reading("C60", "2026-10-01T23:00", 15, "4.0")
            .evaluate(pack, "2026-10");
    assertThat(gap.lineSummaries())
        .containsExactly(
            "ENERGY FLAT S-4 OP1->UT1 5 x 0.695 = 3.48",
            "ENERGY VALLEY S-4 OP1->UT1 5 x 0.3946 = 1.97");
  }

  @Test
  void publicChargingIsSubsidisedByTheStationsRating() {
    // 10 kWh (all peak: 10 x 1.0044 = 10.044 -> 10.04) at A: 10 x 0.20 = 2.00; B 1.50; C 1.00; D
    // none
    var s =
        new Scenario()
            .charger("CA", "SA", "D1", PUBLIC, "60")
            .rating("SA", "2026-Q4", StationGrade.A)
            .charger("CB", "SB", "D1", PUBLIC, "60")
            .rating("SB", "2026-Q4", StationGrade.B)
            .charger("CC", "SC", "D1", PUBLIC, "60")
            .rating("SC", "2026-Q4", StationGrade.C)
            .charger("CD", "SD", "D1", PUBLIC, "60")
            .rating("SD", "2026-Q4", StationGrade.D)
            .charger("CX", "SX", "D1", PRIVATE, "60")
            .rating("SX", "2026-Q4", StationGrade.A)
            .session("A-1", "CA", "2026-10-02T11:00", "2026-10-02T12:00", "10")
            .session("B-1", "CB", "2026-10-02T11:00", "2026-10-02T12:00", "10")
            .session("C-1", "CC", "2026-10-02T11:00", "2026-10-02T12:00", "10")
            .session("D-1", "CD", "2026-10-02T11:00", "2026-10-02T12:00", "10")
            .session("X-1", "CX", "2026-10-02T11:00", "2026-10-02T12:00", "10")
            .evaluate(pack, "2026-10");
    assertThat(s.lineSummaries())
        .filteredOn(l -> l.startsWith("SUBSIDY"))
        .containsExactly(
            "SUBSIDY - A-1 BJ-SUBSIDY-FUND->OP1 10 x 0.2 = 2.00",
            "SUBSIDY - B-1 BJ-SUBSIDY-FUND->OP1 10 x 0.15 = 1.50",
            "SUBSIDY - C-1 BJ-SUBSIDY-FUND->OP1 10 x 0.1 = 1.00");
    assertThat(s.lineSummaries())
        .filteredOn(l -> l.startsWith("ENERGY"))
        .hasSize(5)
        .allMatch(l -> l.endsWith("10 x 1.0044 = 10.04"));
  }

  @Test
  void linesComeOutInTheOrderTheSessionsStartThenByComponentThenWindowClass() {
    // B-2 starts first though A-1 sorts first by id: the order of a batch is the partition's, so
    // it does not change with the batch size. Each gets energy lines by window (flat before
    // valley), then its subsidy: 22:30-23:30 is 5 kWh flat and 5 valley (3.48 and 1.97); 10 x 0.20
    var s =
        new Scenario()
            .charger("CA", "SA", "D1", PUBLIC, "60")
            .rating("SA", "2026-Q4", StationGrade.A)
            .session("B-2", "CA", "2026-10-02T22:30", "2026-10-02T23:30", "10")
            .session("A-1", "CA", "2026-10-03T22:30", "2026-10-03T23:30", "10")
            .evaluate(pack, "2026-10");
    assertThat(s.lineSummaries())
        .containsExactly(
            "ENERGY FLAT B-2 OP1->UT1 5 x 0.695 = 3.48",
            "ENERGY VALLEY B-2 OP1->UT1 5 x 0.3946 = 1.97",
            "SUBSIDY - B-2 BJ-SUBSIDY-FUND->OP1 10 x 0.2 = 2.00",
            "ENERGY FLAT A-1 OP1->UT1 5 x 0.695 = 3.48",
            "ENERGY VALLEY A-1 OP1->UT1 5 x 0.3946 = 1.97",
            "SUBSIDY - A-1 BJ-SUBSIDY-FUND->OP1 10 x 0.2 = 2.00");
  }

  @Test
  void theAnnualCapIsCountedAcrossRunsAndSessions() {
    // C7: 7 kW x 1,500 = 10,500 kWh a year; 10,495 used by earlier runs: the first session gets
    // 5 of its 10 kWh (5 x 0.20 = 1.00), the next nothing
    var s =
        op1()
            .rating("S2", "2026-Q4", StationGrade.A)
            .capUsed("C7", "10495")
            .session("K-1", "C7", "2026-10-03T11:00", "2026-10-03T12:00", "10")
            .session("K-2", "C7", "2026-10-04T11:00", "2026-10-04T12:00", "6")
            .session("K-3", "C7", "2026-10-05T11:00", "2026-10-05T12:00", "4")
            .evaluate(pack, "2026-10");
    assertThat(s.lineSummaries())
        .filteredOn(l -> l.startsWith("SUBSIDY"))
        .containsExactly("SUBSIDY - K-1 BJ-SUBSIDY-FUND->OP1 5 x 0.2 = 1.00");
    assertThat(
            s.lines.stream()
                .filter(l -> l.recordId().equals("K-1") && l.component().name().equals("SUBSIDY"))
                .findFirst()
                .orElseThrow()
                .explanation())
        .contains("(5 kWh more are over the charger's annual cap)");
    assertThat(s.evaluation.refusals()).containsEntry("annual cap reached", 2L);
    assertThat(s.evaluation.capUsedAfter().get("C7")).isEqualByComparingTo("10500");
  }

  @Test
  void aSessionReportedMoreThan72HoursAfterItEndedIsNotSubsidised() {
    var s =
        op1()
            .rating("S1", "2026-Q4", StationGrade.A)
            .reportedSession(
                "ON-TIME",
                "C60",
                "2026-10-01T11:00",
                "2026-10-01T12:00",
                "10",
                Scenario.local("2026-10-04T12:00"))
            .reportedSession(
                "LATE",
                "C60",
                "2026-10-01T11:00",
                "2026-10-01T12:00",
                "10",
                Scenario.local("2026-10-04T12:01"))
            .evaluate(pack, "2026-10");
    assertThat(s.lineSummaries())
        .filteredOn(l -> l.startsWith("SUBSIDY"))
        .containsExactly("SUBSIDY - ON-TIME BJ-SUBSIDY-FUND->OP1 10 x 0.2 = 2.00");
    assertThat(s.evaluation.refusals()).containsEntry("late report", 1L);
  }

  @Test
  void aSessionRefusedForTwoReasonsIsCountedOnceUnderBoth() {
    // S1 is rated, S2 is not. LATE-RATED: late at S1, 1 reason; ON-TIME-UNRATED: in time at S2,
    // 1 reason; LATE-UNRATED: late at S2, 2 reasons but 1 session; PRIVATE: no subsidy asked.
    // 3 sessions not subsidised: 1 late, 1 unrated, 1 both; 4 refusals, once counted as 4.
    var s =
        op1()
            .rating("S1", "2026-Q4", StationGrade.A)
            .reportedSession(
                "LATE-RATED",
                "C60",
                "2026-10-01T11:00",
                "2026-10-01T12:00",
                "10",
                Scenario.local("2026-10-05T12:00"))
            .reportedSession(
                "ON-TIME-UNRATED",
                "C7",
                "2026-10-01T11:00",
                "2026-10-01T12:00",
                "10",
                Scenario.local("2026-10-01T13:00"))
            .reportedSession(
                "LATE-UNRATED",
                "C7",
                "2026-10-02T11:00",
                "2026-10-02T12:00",
                "10",
                Scenario.local("2026-10-06T12:00"))
            .reportedSession(
                "PRIVATE",
                "CP",
                "2026-10-02T11:00",
                "2026-10-02T12:00",
                "10",
                Scenario.local("2026-10-09T12:00"))
            .evaluate(pack, "2026-10");
    assertThat(s.evaluation.refusals())
        .containsOnly(
            org.assertj.core.api.Assertions.entry("late report", 1L),
            org.assertj.core.api.Assertions.entry("no station rating", 1L),
            org.assertj.core.api.Assertions.entry("late report and no station rating", 1L));
    assertThat(s.evaluation.refusals().values().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(3);
  }

  @Test
  void eachFailedCybersecurityRequirementWithholdsTheSubsidy() {
    LocalDate valid = LocalDate.parse("2030-01-01");
    var s =
        new Scenario()
            .charger(charger("CS1", 1, true, true, valid, SignedMetering.OCMF))
            .charger(charger("CS2", 2, false, true, valid, SignedMetering.OCMF))
            .charger(charger("CS3", 2, true, null, valid, SignedMetering.OCMF))
            .charger(
                charger("CS4", 2, true, true, LocalDate.parse("2026-10-30"), SignedMetering.OCMF))
            // declared NONE, but CS-5 judges the session's meter values: its session is unsigned
            .charger(charger("CS5", 2, true, true, valid, SignedMetering.NONE))
            .charger(
                charger("OK", 2, true, true, LocalDate.parse("2026-10-31"), SignedMetering.OCMF))
            .rating("S", "2026-Q4", StationGrade.A);
    for (String c : new String[] {"CS1", "CS2", "CS3", "CS4", "OK"}) {
      s.session("T-" + c, c, "2026-10-06T11:00", "2026-10-06T12:00", "10");
    }
    s.sessionSigned("T-CS5", "CS5", "2026-10-06T11:00", "2026-10-06T12:00", "10", null);
    s.evaluate(pack, "2026-10");
    assertThat(s.lineSummaries())
        .filteredOn(l -> l.startsWith("WITHHELD"))
        .containsExactly(
            "WITHHELD - T-CS1 OP1->BJ-SUBSIDY-FUND 10 x 0.2 = 2.00",
            "WITHHELD - T-CS2 OP1->BJ-SUBSIDY-FUND 10 x 0.2 = 2.00",
            "WITHHELD - T-CS3 OP1->BJ-SUBSIDY-FUND 10 x 0.2 = 2.00",
            "WITHHELD - T-CS4 OP1->BJ-SUBSIDY-FUND 10 x 0.2 = 2.00",
            "WITHHELD - T-CS5 OP1->BJ-SUBSIDY-FUND 10 x 0.2 = 2.00");
    assertThat(s.lineSummaries()).filteredOn(l -> l.startsWith("SUBSIDY")).hasSize(6);
    assertThat(s.evaluation.violations())
        .extracting(v -> v.chargerId() + " " + v.requirement())
        // CS-5 fails a session, not the charger: it is not a charger's violation
        .containsExactly("CS1 CS-1", "CS2 CS-2", "CS3 CS-3", "CS4 CS-4");
    assertThat(s.evaluation.violations().get(1).reference()).contains("ETSI EN 303 645");
    assertThat(s.evaluation.violations().get(2).detail())
        .isEqualTo("change of default credentials not reported");
    assertThat(
            s.lines.stream()
                .filter(
                    l -> l.recordId().equals("T-CS4") && l.component().name().equals("WITHHELD"))
                .findFirst()
                .orElseThrow()
                .explanation())
        .contains("fails CS-4")
        .contains("expires 2026-10-30, before the period ends on 2026-10-31");
  }

  private static Charger charger(
      String id,
      int profile,
      Boolean firmwareSigned,
      Boolean credentialsChanged,
      LocalDate certExpires,
      SignedMetering metering) {
    return new Charger(
        id,
        "OP1",
        "S",
        "UT1",
        "D1",
        PUBLIC,
        new BigDecimal("60"),
        false,
        profile,
        "1.0",
        firmwareSigned,
        credentialsChanged,
        certExpires,
        metering,
        null,
        null,
        Scenario.METER.publicKeyHex(),
        Scenario.METER.serial(),
        RecordStatus.ACTIVE);
  }

  @Test
  void v2gDischargeIsPaidAtTheWindowRatePlusTheBonusInsideADischargeRequest() {
    // 18:30-19:30 peak, 10 kWh: 10 x 1.0044 = 10.04; request 19:00-20:00 for site S1 covers
    // half: 5 kWh x 0.30 = 1.50. A request for district D1 counts too; one for site S9 does not.
    var site =
        op1()
            .discharge("V-1", "C60", "2026-10-05T18:30", "2026-10-05T19:30", "10")
            .dischargeRequest("E-SITE", "2026-10-05T19:00", "2026-10-05T20:00", "S1", null)
            .evaluate(pack, "2026-10");
    assertThat(site.lineSummaries())
        .containsExactly(
            "V2G_COMPENSATION PEAK V-1 UT1->OP1 10 x 1.0044 = 10.04",
            "INCENTIVE - V-1 UT1->OP1 5 x 0.3 = 1.50");
    var district =
        op1()
            .discharge("V-2", "C60", "2026-10-05T18:30", "2026-10-05T19:30", "10")
            .dischargeRequest("E-DIST", "2026-10-05T18:00", "2026-10-05T19:00", null, "D1")
            .dischargeRequest("E-OTHER", "2026-10-05T18:00", "2026-10-05T20:00", "S9", null)
            .evaluate(pack, "2026-10");
    assertThat(district.lineSummaries())
        .containsExactly(
            "V2G_COMPENSATION PEAK V-2 UT1->OP1 10 x 1.0044 = 10.04",
            "INCENTIVE - V-2 UT1->OP1 5 x 0.3 = 1.50");
    var outside =
        op1()
            .discharge("V-3", "C60", "2026-10-05T18:30", "2026-10-05T19:30", "10")
            .dischargeRequest("E-LATER", "2026-10-05T20:00", "2026-10-05T21:00", "S1", null)
            .evaluate(pack, "2026-10");
    assertThat(outside.lineSummaries())
        .containsExactly("V2G_COMPENSATION PEAK V-3 UT1->OP1 10 x 1.0044 = 10.04");
  }

  @Test
  void theValleyShareIsReportedPerGroupOfPosts() {
    // private post: 10 kWh all in valley hours = 100 % (target 80 %);
    // public posts: 10 kWh 22:00-00:00 half flat, half valley = 50 % (target 60 %)
    var s =
        op1()
            .session("P-1", "CP", "2026-10-07T00:00", "2026-10-07T02:00", "10")
            .session("Q-1", "C60", "2026-10-07T22:00", "2026-10-08T00:00", "10")
            .evaluate(pack, "2026-10");
    assertThat(s.evaluation.valleyShares())
        .extracting(
            v ->
                v.group()
                    + " "
                    + v.percent()
                    + "% of "
                    + v.totalKwh().stripTrailingZeros().toPlainString()
                    + " kWh, target "
                    + v.targetPercent()
                    + "%, met "
                    + v.meetsTarget())
        .containsExactly(
            "private posts 100.00% of 10 kWh, target 80%, met true",
            "other posts 50.00% of 10 kWh, target 60%, met false");
  }
}
