package org.evsettle.settlement.ocmf;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The sample meter's data verifies with its key, and the same session is always signed alike. */
class SigningMeterTest {

  private final SigningMeter meter = new SigningMeter(BigInteger.valueOf(20261001L), "EVS-0001");
  private final Instant begin = Instant.parse("2026-10-01T14:30:00Z");
  private final Instant end = Instant.parse("2026-10-01T15:30:00Z");

  private String session(String beginKwh, String endKwh) {
    return meter.signSession(
        begin, end, new BigDecimal(beginKwh), new BigDecimal(endKwh), ZoneOffset.ofHours(8));
  }

  @Test
  void itsDataVerifiesWithItsKeyAndSerialAndShowsTheEnergy() {
    // 1012.5 - 1000.0 = 12.5 kWh by the meter, as reported
    OcmfVerdict verdict =
        new OcmfVerifier()
            .verify(
                session("1000.0", "1012.5"),
                meter.publicKeyHex(),
                "EVS-0001",
                new BigDecimal("12.5"),
                BigDecimal.ZERO);

    assertThat(verdict.status()).isEqualTo(OcmfVerdict.Status.VERIFIED);
    assertThat(verdict.energyKwh()).isEqualByComparingTo("12.5");
    assertThat(RegisteredMeterKey.problem(meter.publicKeyHex())).isEmpty();
  }

  @Test
  void theSameSessionIsSignedTheSameWayEveryTime() {
    assertThat(session("1000.0", "1012.5"))
        .isEqualTo(
            new SigningMeter(BigInteger.valueOf(20261001L), "EVS-0001")
                .signSession(
                    begin,
                    end,
                    new BigDecimal("1000.0"),
                    new BigDecimal("1012.5"),
                    ZoneOffset.ofHours(8)));
    assertThat(session("1000.0", "1012.5")).contains("\"TM\":\"2026-10-01T22:30:00,000+0800 S\"");
  }

  @Test
  void oneVerifierKeepsTheKeysOfDifferentMetersApart() {
    // the verifier keeps decoded keys: a session checked against another meter's key still fails
    SigningMeter other = new SigningMeter(BigInteger.valueOf(20261002L), "EVS-0002");
    String mine = session("1000.0", "1012.5");
    OcmfVerifier verifier = new OcmfVerifier();
    BigDecimal reported = new BigDecimal("12.5");

    assertThat(verifier.verify(mine, meter.publicKeyHex(), "EVS-0001", reported, null).status())
        .isEqualTo(OcmfVerdict.Status.VERIFIED);
    assertThat(verifier.verify(mine, other.publicKeyHex(), "EVS-0001", reported, null).status())
        .isEqualTo(OcmfVerdict.Status.FAILED);
    assertThat(verifier.verify(mine, meter.publicKeyHex(), "EVS-0001", reported, null).status())
        .isEqualTo(OcmfVerdict.Status.VERIFIED);
  }

  @Test
  void aReadingChangedAfterSigningFails() {
    String tampered = session("1000.0", "1012.5").replace("\"RV\":1012.5", "\"RV\":1013.5");

    OcmfVerdict verdict =
        new OcmfVerifier()
            .verify(tampered, meter.publicKeyHex(), "EVS-0001", null, BigDecimal.ZERO);

    assertThat(verdict.status()).isEqualTo(OcmfVerdict.Status.FAILED);
    assertThat(verdict.reason()).contains("signature");
  }
}
