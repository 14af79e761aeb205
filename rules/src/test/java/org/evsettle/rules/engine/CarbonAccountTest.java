package org.evsettle.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evsettle.rules.testing.TestRecords.charger;
import static org.evsettle.rules.testing.TestRecords.session;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.evsettle.settlement.domain.CarbonIntensity;
import org.evsettle.settlement.domain.Charger;
import org.evsettle.settlement.domain.ChargingSession;
import org.evsettle.settlement.domain.RecordStatus;
import org.junit.jupiter.api.Test;

/** The carbon of charging, worked by hand, the same in any order of sessions. */
class CarbonAccountTest {

  private static final Instant START = Instant.parse("2026-10-01T00:00:00Z");

  private static List<String> measures(List<Object[]> sessions) {
    // UT1 publishes 8 hours: 300, 200, 100, 150, 400, 500, 250, 350 g/kWh; the lowest quarter of
    // them (2 hours) are 02:00 (100) and 03:00 (150)
    int[] grams = {300, 200, 100, 150, 400, 500, 250, 350};
    List<CarbonIntensity> hours = new ArrayList<>();
    for (int h = 0; h < grams.length; h++) {
      hours.add(
          new CarbonIntensity(
              "UT1",
              START.plusSeconds(3600L * h),
              BigDecimal.valueOf(grams[h]),
              RecordStatus.ACTIVE));
    }
    CarbonAccount account = new CarbonAccount(hours, START, START.plusSeconds(8 * 3600));
    for (Object[] s : sessions) {
      account.add((ChargingSession) s[0], (Charger) s[1]);
    }
    return account.measures().stream()
        .map(m -> m.measure() + " = " + m.measured().toPlainString())
        .toList();
  }

  @Test
  void gramsOfEachHourAndTheShareInTheLowestCarbonHours() {
    Charger c1 = charger("C1", "UT1");
    Charger c2 = charger("C2", "UT2");
    List<Object[]> sessions = new ArrayList<>();
    // A: 01:30-03:30, 10 kWh: 2.5 at 200, 5 at 100, 2.5 at 150 = 1,375 g; 7.5 kWh in low hours
    sessions.add(
        new Object[] {
          session("A", "C1", "2026-10-01T01:30:00Z", "2026-10-01T03:30:00Z", "10"), c1
        });
    // B: a utility that publishes nothing: 4 kWh without intensity
    sessions.add(
        new Object[] {session("B", "C2", "2026-10-01T01:00:00Z", "2026-10-01T02:00:00Z", "4"), c2});
    // C: 07:00-09:00, 6 kWh: 3 at 350 = 1,050 g; 08:00-09:00 has no published hour: 3 kWh unknown
    sessions.add(
        new Object[] {session("C", "C1", "2026-10-01T07:00:00Z", "2026-10-01T09:00:00Z", "6"), c1});
    // 2,425 g = 2.425 kg; 7.5 of 13 kWh with an intensity in the lowest hours = 57.69 %
    List<String> expected =
        List.of(
            "carbon kg CO2 = 2.425",
            "carbon low-carbon hours percent = 57.69",
            "carbon kWh without intensity = 7.000");
    assertThat(measures(sessions)).isEqualTo(expected);
    Collections.reverse(sessions);
    assertThat(measures(sessions)).isEqualTo(expected);
  }

  @Test
  void noMeasuresWhenNoUtilityPublishesAnIntensity() {
    CarbonAccount account = new CarbonAccount(List.of(), START, START.plusSeconds(3600));
    account.add(
        session("A", "C1", "2026-10-01T00:00:00Z", "2026-10-01T01:00:00Z", "5"),
        charger("C1", "UT1"));
    assertThat(account.measures()).isEmpty();
  }
}
