package org.evsettle.rules.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
    assertThat(reference.examples()).isEqualTo(5);
    var next = new PackCheck().check(Path.of("policies/beijing-2027"));
    assertThat(next.problems()).isEmpty();
    assertThat(next.examples()).isEqualTo(1);
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
}
