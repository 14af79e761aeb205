package org.evsettle.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evsettle.settlement.domain.AccessType.PUBLIC;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evsettle.rules.pack.CompiledPack;
import org.evsettle.rules.pack.PackCompiler;
import org.evsettle.settlement.domain.Charger;
import org.evsettle.settlement.domain.MeterVerdict;
import org.evsettle.settlement.domain.PolicyLine;
import org.evsettle.settlement.domain.SignedMetering;
import org.evsettle.settlement.domain.StationGrade;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * CS-5 of the Beijing pack judged on each session's signed meter values, with a real OCMF session:
 * the S.A.F.E. sample {@code VW_OCMF_load.xml} (a LEM DC meter, serial 1211751603, begin 57.584
 * kWh, end 58.685 kWh, so 1.101 kWh by the meter). Chargers are at an A-rated station (0.20 CNY per
 * kWh); lines are rounded half-up to 0.01 CNY; the meter energy tolerance is 0.01 kWh.
 */
class MeterValuesRulesTest {

  private static CompiledPack pack;
  private static String lemData;
  private static String lemKey;

  @BeforeAll
  static void compileAndRead() throws IOException {
    pack = new PackCompiler().compile(Path.of("policies/beijing"));
    String xml;
    try (InputStream in =
        MeterValuesRulesTest.class.getResourceAsStream("/ocmf/xml/VW_OCMF_load.xml")) {
      xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    lemData = element(xml, "signedData");
    lemKey = element(xml, "publicKey");
  }

  private static String element(String xml, String name) {
    Matcher m = Pattern.compile("<" + name + "[^>]*>([^<]*)</" + name + ">").matcher(xml);
    assertThat(m.find()).isTrue();
    return m.group(1).strip();
  }

  /** The 120 kW public charger with the LEM meter registered, and a 22 kW one beside it. */
  private static Scenario station() {
    Charger lem =
        new Scenario()
            .charger("C120", "S1", "D1", PUBLIC, "120")
            .chargers
            .get(0)
            .withMeter(lemKey, "1211751603");
    return new Scenario()
        .charger(lem)
        .charger("C22", "S1", "D1", PUBLIC, "22")
        .rating("S1", "2026-Q4", StationGrade.A);
  }

  private static final String FROM = "2026-10-06T10:30";
  private static final String TO = "2026-10-06T10:45";

  private static java.util.List<String> subsidyLines(Scenario s) {
    return s.lineSummaries().stream()
        .filter(l -> l.startsWith("SUBSIDY") || l.startsWith("WITHHELD"))
        .toList();
  }

  private static PolicyLine withheld(Scenario s) {
    return s.lines.stream()
        .filter(l -> l.component().name().equals("WITHHELD"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aSessionWhoseRealSignedDataVerifiesIsPaid() {
    // 1.101 kWh x 0.20 = 0.2202 -> 0.22, nothing withheld
    var s =
        station()
            .sessionSigned("L-OK", "C120", FROM, TO, "1.101", lemData)
            .evaluate(pack, "2026-10");

    assertThat(subsidyLines(s))
        .containsExactly("SUBSIDY - L-OK BJ-SUBSIDY-FUND->OP1 1.101 x 0.2 = 0.22");
    assertThat(s.meterVerdicts)
        .extracting(MeterVerdict::sessionId, MeterVerdict::verdict)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("L-OK", "VERIFIED"));
    MeterVerdict v = s.meterVerdicts.get(0);
    assertThat(v.signedKwh()).isEqualByComparingTo("1.101");
    assertThat(v.reportedKwh()).isEqualByComparingTo("1.101");
    assertThat(v.chargerId()).isEqualTo("C120");
  }

  @Test
  void aTamperedReadingFailsTheSignatureAndTheSubsidyIsWithheldWithTheReason() {
    // the end reading raised by 0.1 kWh after signing; 1.201 x 0.20 = 0.2402 -> 0.24 withheld
    String tampered = lemData.replace("\"RV\":58.685", "\"RV\":58.785");
    var s =
        station()
            .sessionSigned("L-BAD", "C120", FROM, TO, "1.201", tampered)
            .evaluate(pack, "2026-10");

    assertThat(subsidyLines(s))
        .containsExactly(
            "SUBSIDY - L-BAD BJ-SUBSIDY-FUND->OP1 1.201 x 0.2 = 0.24",
            "WITHHELD - L-BAD OP1->BJ-SUBSIDY-FUND 1.201 x 0.2 = 0.24");
    assertThat(s.meterVerdicts.get(0).verdict()).isEqualTo("FAILED");
    assertThat(s.meterVerdicts.get(0).reason()).contains("signature");
    assertThat(withheld(s).explanation())
        .startsWith(
            "The subsidy of L-BAD is withheld because session L-BAD at charger C120 fails CS-5 (")
        .contains("GB/T 41578-2022; OCMF")
        .contains(
            "the signed meter values of session L-BAD are FAILED ("
                + s.meterVerdicts.get(0).reason()
                + ")");
  }

  @Test
  void aSessionWithoutSignedDataAtA120KwPublicChargerIsWithheld() {
    // 10 kWh x 0.20 = 2.00 withheld
    var s =
        station().sessionSigned("L-NONE", "C120", FROM, TO, "10", null).evaluate(pack, "2026-10");

    assertThat(subsidyLines(s))
        .containsExactly(
            "SUBSIDY - L-NONE BJ-SUBSIDY-FUND->OP1 10 x 0.2 = 2.00",
            "WITHHELD - L-NONE OP1->BJ-SUBSIDY-FUND 10 x 0.2 = 2.00");
    assertThat(s.meterVerdicts.get(0).verdict()).isEqualTo("UNVERIFIABLE");
    assertThat(s.meterVerdicts.get(0).reason()).isEqualTo("no signed data");
    assertThat(s.meterVerdicts.get(0).signedKwh()).isNull();
    assertThat(withheld(s).explanation()).contains("are UNVERIFIABLE (no signed data)");
  }

  @Test
  void aSessionAtA22KwChargerIsNotSubjectAndItsMeterValuesAreNotEvenRead() {
    // 10 kWh x 0.20 = 2.00 paid; CS-5 starts at 60 kW
    var s = station().sessionSigned("L-22", "C22", FROM, TO, "10", null).evaluate(pack, "2026-10");

    assertThat(subsidyLines(s))
        .containsExactly("SUBSIDY - L-22 BJ-SUBSIDY-FUND->OP1 10 x 0.2 = 2.00");
    assertThat(s.meterVerdicts).isEmpty();
    assertThat(s.evaluation.violations()).isEmpty();
  }

  @Test
  void energyDisagreeingBeyondTheToleranceIsWithheldAndWithinItIsPaid() {
    var s =
        station()
            // |1.101 - 1.2| = 0.099 kWh > 0.01: withheld, 1.2 x 0.20 = 0.24
            .sessionSigned("L-FAR", "C120", FROM, TO, "1.2", lemData)
            // |1.101 - 1.111| = 0.010 kWh, at the tolerance: paid, 1.111 x 0.20 = 0.2222 -> 0.22
            .sessionSigned("L-EDGE", "C120", FROM, TO, "1.111", lemData)
            // |1.101 - 1.112| = 0.011 kWh, just beyond: withheld, 1.112 x 0.20 = 0.2224 -> 0.22
            .sessionSigned("L-OVER", "C120", FROM, TO, "1.112", lemData)
            .evaluate(pack, "2026-10");

    assertThat(subsidyLines(s))
        .containsExactly(
            // sessions starting together come out by id
            "SUBSIDY - L-EDGE BJ-SUBSIDY-FUND->OP1 1.111 x 0.2 = 0.22",
            "SUBSIDY - L-FAR BJ-SUBSIDY-FUND->OP1 1.2 x 0.2 = 0.24",
            "WITHHELD - L-FAR OP1->BJ-SUBSIDY-FUND 1.2 x 0.2 = 0.24",
            "SUBSIDY - L-OVER BJ-SUBSIDY-FUND->OP1 1.112 x 0.2 = 0.22",
            "WITHHELD - L-OVER OP1->BJ-SUBSIDY-FUND 1.112 x 0.2 = 0.22");
    assertThat(s.meterVerdicts)
        .extracting(v -> v.sessionId() + " " + v.verdict() + ": " + v.reason())
        .containsExactly(
            "L-FAR FAILED: energy 1.101 kWh by the meter, 1.2 kWh reported (tolerance 0.01)",
            "L-EDGE VERIFIED: signature, meter and readings verify: 1.101 kWh by the meter",
            "L-OVER FAILED: energy 1.101 kWh by the meter, 1.112 kWh reported (tolerance 0.01)");
  }

  @Test
  void aChargerDeclaringNoSignedMeteringIsPaidForSessionsThatVerify() {
    // the registry's signed_metering no longer decides CS-5: 1.101 x 0.20 = 0.2202 -> 0.22 paid
    Charger declaredNone =
        new Charger(
                "C120N",
                "OP1",
                "S1",
                "UT1",
                "D1",
                PUBLIC,
                new BigDecimal("120"),
                true,
                3,
                "1.0",
                true,
                true,
                java.time.LocalDate.parse("2030-01-01"),
                SignedMetering.NONE,
                null,
                null,
                org.evsettle.settlement.domain.RecordStatus.ACTIVE)
            .withMeter(lemKey, "1211751603");
    var s =
        new Scenario()
            .charger(declaredNone)
            .rating("S1", "2026-Q4", StationGrade.A)
            .sessionSigned("L-N", "C120N", FROM, TO, "1.101", lemData)
            .evaluate(pack, "2026-10");

    assertThat(subsidyLines(s))
        .containsExactly("SUBSIDY - L-N BJ-SUBSIDY-FUND->OP1 1.101 x 0.2 = 0.22");
    assertThat(s.evaluation.violations()).isEmpty();
  }

  @Test
  void aMeterSerialOtherThanTheRegisteredOneFails() {
    Charger otherSerial =
        new Scenario()
            .charger("C120", "S1", "D1", PUBLIC, "120")
            .chargers
            .get(0)
            .withMeter(lemKey, "999");
    var s =
        new Scenario()
            .charger(otherSerial)
            .rating("S1", "2026-Q4", StationGrade.A)
            .sessionSigned("L-SER", "C120", FROM, TO, "1.101", lemData)
            .evaluate(pack, "2026-10");

    assertThat(s.meterVerdicts.get(0).reason())
        .isEqualTo("meter serial 1211751603 is not the registered 999");
    assertThat(subsidyLines(s)).hasSize(2).last().asString().startsWith("WITHHELD - L-SER");
  }
}
