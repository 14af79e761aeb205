package org.evsettle.rules.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.evsettle.rules.engine.IntervalSource;
import org.evsettle.rules.engine.Partition;
import org.evsettle.rules.engine.PolicyEngine;
import org.evsettle.settlement.domain.AccessType;
import org.evsettle.settlement.domain.Charger;
import org.evsettle.settlement.domain.ChargingSession;
import org.evsettle.settlement.domain.Energy;
import org.evsettle.settlement.domain.PolicyLine;
import org.evsettle.settlement.domain.RecordStatus;
import org.evsettle.settlement.domain.SignedMetering;
import org.evsettle.settlement.domain.StoredRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Choosing the pack version for a period, and regulators' edits taking effect at once. */
class PolicyPacksTest {

  @TempDir Path rules;

  private static final Charger C1 =
      new Charger(
          "C1",
          "OP1",
          "S1",
          "UT1",
          "D1",
          AccessType.PUBLIC,
          new BigDecimal("60"),
          false,
          3,
          "1",
          true,
          true,
          java.time.LocalDate.parse("2030-01-01"),
          SignedMetering.OCMF,
          null,
          null,
          RecordStatus.ACTIVE);

  /** Energy lines of one session, "CLASS amount", under the pack chosen for the period. */
  private static List<String> energy(PolicyPacks packs, String period, String from, String to) {
    var session =
        new ChargingSession(
            "S",
            "C1",
            Instant.parse(from),
            Instant.parse(to),
            Energy.kwh("5"),
            null,
            null,
            null,
            null,
            RecordStatus.ACTIVE);
    List<PolicyLine> lines = new ArrayList<>();
    new PolicyEngine(100)
        .evaluate(
            packs.select("beijing", YearMonth.parse(period)).pack(),
            new Partition(
                "OP1",
                YearMonth.parse(period),
                List.of(C1),
                List.of(),
                List.of(),
                Map.of(),
                List.of(
                    new StoredRecord<>(
                        session, "OP1", 1, "h", 1, 2, Instant.parse(to), Instant.parse(to))),
                List.of(),
                IntervalSource.NONE),
            lines::add);
    return lines.stream().map(l -> l.windowClass() + " " + l.amount().amount()).toList();
  }

  @Test
  void aPeriodUsesTheVersionEffectiveForIt() {
    PackCopy.of("beijing", rules);
    PackCopy.of("beijing-2027", rules);
    PolicyPacks packs = new PolicyPacks(rules);
    assertThat(packs.select("beijing", YearMonth.parse("2026-12")).pack().manifest().version())
        .isEqualTo("2024.1");
    assertThat(packs.select("beijing", YearMonth.parse("2027-01")).pack().manifest().version())
        .isEqualTo("2027.1");
    // 21:30-22:00 local, 5 kWh: flat in December 2026 (5 x 0.6950 = 3.475 -> 3.48);
    // in January 2027 the evening peak runs to 22:00 (5 x 1.0044 = 5.022 -> 5.02)
    assertThat(energy(packs, "2026-12", "2026-12-15T13:30:00Z", "2026-12-15T14:00:00Z"))
        .containsExactly("FLAT 3.48");
    assertThat(energy(packs, "2027-01", "2027-01-15T13:30:00Z", "2027-01-15T14:00:00Z"))
        .containsExactly("PEAK 5.02");
    // 23:00-23:30 valley: 5 x 0.3946 = 1.973 -> 1.97 before, 5 x 0.3650 = 1.825 -> 1.83 after
    assertThat(energy(packs, "2026-12", "2026-12-15T15:00:00Z", "2026-12-15T15:30:00Z"))
        .containsExactly("VALLEY 1.97");
    assertThat(energy(packs, "2027-01", "2027-01-15T15:00:00Z", "2027-01-15T15:30:00Z"))
        .containsExactly("VALLEY 1.83");
    assertThatThrownBy(() -> packs.select("beijing", YearMonth.parse("2023-12")))
        .hasMessage(
            "no version of pack 'beijing' applies to 2023-12; versions: 2024.1 from"
                + " 2024-01-01, 2027.1 from 2027-01-01");
  }

  @Test
  void aRateEditedInTheSpreadsheetIsUsedByTheNextEvaluation() {
    Path pack = PackCopy.of("beijing", rules);
    PolicyPacks packs = new PolicyPacks(rules);
    String before = packs.select("beijing", YearMonth.parse("2026-10")).pack().sha256();
    assertThat(energy(packs, "2026-10", "2026-10-15T15:00:00Z", "2026-10-15T15:30:00Z"))
        .containsExactly("VALLEY 1.97");

    PackCopy.setCell(pack.resolve("tariff.drl.xlsx"), "Valley overnight", 6, "0.3000");

    var after = packs.select("beijing", YearMonth.parse("2026-10"));
    assertThat(after.pack().sha256()).isNotEqualTo(before);
    assertThat(after.usesPreviousVersion()).isFalse();
    // 5 x 0.3000 = 1.50
    assertThat(energy(packs, "2026-10", "2026-10-15T15:00:00Z", "2026-10-15T15:30:00Z"))
        .containsExactly("VALLEY 1.50");
  }

  @Test
  void aBrokenEditIsRejectedAndThePreviousVersionStaysInUse() throws Exception {
    Path pack = PackCopy.of("beijing", rules);
    PolicyPacks packs = new PolicyPacks(rules);
    String good = packs.select("beijing", YearMonth.parse("2026-10")).pack().sha256();

    Path drl = pack.resolve("price-energy.drl");
    Files.writeString(
        drl,
        Files.readString(drl)
            .replace("kwh > 0, $session : session)", "kwh > 0, $session : session"));

    var selection = packs.select("beijing", YearMonth.parse("2026-10"));
    assertThat(selection.usesPreviousVersion()).isTrue();
    assertThat(selection.pack().sha256()).isEqualTo(good);
    assertThat(selection.rejectedEdit())
        .anySatisfy(p -> assertThat(p.toString()).startsWith("price-energy.drl line "));
    assertThat(energy(packs, "2026-10", "2026-10-15T15:00:00Z", "2026-10-15T15:30:00Z"))
        .containsExactly("VALLEY 1.97");
  }
}
