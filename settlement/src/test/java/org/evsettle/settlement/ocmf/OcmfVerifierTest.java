package org.evsettle.settlement.ocmf;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Base64;
import java.util.List;
import org.assertj.core.api.AbstractStringAssert;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.util.BigIntegers;
import org.bouncycastle.util.encoders.Hex;
import org.evsettle.settlement.ocmf.OcmfVerdict.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class OcmfVerifierTest {

  private static final BigDecimal TOLERANCE = new BigDecimal("0.05");

  private final OcmfVerifier verifier = new OcmfVerifier();
  private final TestMeter meter = new TestMeter(OcmfSignatureAlgorithm.SECP256R1);
  private final TestMeter brainpool384 = new TestMeter(OcmfSignatureAlgorithm.BRAINPOOL_P384R1);

  private OcmfVerdict verify(TestMeter signer, String signedData, String serial, String reported) {
    BigDecimal kwh = reported == null ? null : new BigDecimal(reported);
    return verifier.verify(signedData, signer.publicKeyHex(), serial, kwh, TOLERANCE);
  }

  /** Asserts the verdict failed and hands on its reason for further checks. */
  private static AbstractStringAssert<?> assertFailed(OcmfVerdict verdict) {
    assertThat(verdict.status()).as(verdict.reason()).isEqualTo(Status.FAILED);
    return assertThat(verdict.reason());
  }

  @ParameterizedTest
  @EnumSource(OcmfSignatureAlgorithm.class)
  void aSessionSignedOnAnyOcmfCurveVerifies(OcmfSignatureAlgorithm curve) {
    TestMeter curveMeter = new TestMeter(curve);
    String data = curveMeter.sign(TestMeter.payload("M1", "T7", "1000.25", "1010.762", "kWh"));

    OcmfVerdict verdict = verify(curveMeter, data, "M1", "10.5");

    assertThat(verdict.status()).as(verdict.reason()).isEqualTo(Status.VERIFIED);
    assertThat(verdict.beginKwh()).isEqualByComparingTo("1000.25");
    assertThat(verdict.endKwh()).isEqualByComparingTo("1010.762");
    assertThat(verdict.energyKwh()).isEqualByComparingTo("10.512");
  }

  @Test
  void aFlippedDigitInAReadingFailsTheSignature() {
    String data = brainpool384.sign(TestMeter.payload("M1", "T7", "1000.25", "1010.762", "kWh"));
    String tampered = data.replace("1010.762", "1010.862");

    OcmfVerdict verdict = verify(brainpool384, tampered, "M1", null);

    assertFailed(verdict).isEqualTo("signature does not match the meter's public key");
  }

  @Test
  void aKeyOfAnotherMeterFailsTheSignature() {
    String data = meter.sign(TestMeter.payload("M1", "T7", "1", "2", "kWh"));

    OcmfVerdict verdict = verify(new TestMeter(OcmfSignatureAlgorithm.SECP256R1), data, "M1", null);

    assertFailed(verdict).contains("signature does not match");
  }

  @Test
  void aKeyOnAnotherCurveThanTheSignatureAlgorithmFails() {
    String data = meter.sign(TestMeter.payload("M1", "T7", "1", "2", "kWh"));

    OcmfVerdict verdict = verify(brainpool384, data, "M1", null);

    assertFailed(verdict)
        .isEqualTo(
            "the dataset is signed with ECDSA-secp256r1-SHA256 but the meter's key is on"
                + " brainpoolP384r1");
  }

  @Test
  void aSerialOtherThanTheRegisteredOneFails() {
    String data = meter.sign(TestMeter.payload("M1", "T7", "1", "2", "kWh"));

    OcmfVerdict verdict = verify(meter, data, "M2", null);

    assertFailed(verdict).isEqualTo("meter serial M1 is not the registered M2");
  }

  @Test
  void anEndBelowTheBeginFails() {
    String data = brainpool384.sign(TestMeter.payload("M1", "T7", "1010.762", "1000.25", "kWh"));

    OcmfVerdict verdict = verify(brainpool384, data, "M1", null);

    assertFailed(verdict).startsWith("readings out of order");
    assertThat(verdict.energyKwh()).isEqualByComparingTo("-10.512");
  }

  @Test
  void anErrorFlagFails() {
    String readings =
        TestMeter.reading("B", "1", "kWh", "") + "," + TestMeter.reading("E", "2", "kWh", "E");
    String data = meter.sign(TestMeter.payload("M1", "T7", readings));

    OcmfVerdict verdict = verify(meter, data, "M1", null);

    assertFailed(verdict).isEqualTo("error flag E set on reading 2");
  }

  @Test
  void aMissingEndFails() {
    String data = meter.sign(TestMeter.payload("M1", "T7", TestMeter.reading("B", "1", "kWh", "")));

    OcmfVerdict verdict = verify(meter, data, "M1", null);

    assertFailed(verdict).isEqualTo("no end reading");
  }

  @Test
  void energyOutsideTheToleranceFailsAndInsideVerifies() {
    String data = meter.sign(TestMeter.payload("M1", "T7", "1000.25", "1010.762", "kWh"));

    OcmfVerdict outside = verify(meter, data, "M1", "10.8");
    OcmfVerdict inside = verify(meter, data, "M1", "10.56");

    assertFailed(outside)
        .isEqualTo("energy 10.512 kWh by the meter, 10.8 kWh reported (tolerance 0.05)");
    assertThat(inside.status()).isEqualTo(Status.VERIFIED);
  }

  @Test
  void readingsInWhAreConvertedToKwh() {
    String data = brainpool384.sign(TestMeter.payload("M1", "T7", "2851485", "2851753", "Wh"));

    OcmfVerdict verdict = verify(brainpool384, data, "M1", "0.268");

    assertThat(verdict.status()).as(verdict.reason()).isEqualTo(Status.VERIFIED);
    assertThat(verdict.beginKwh()).isEqualByComparingTo("2851.485");
    assertThat(verdict.energyKwh()).isEqualByComparingTo("0.268");
  }

  /** A session sent as two datasets, begin (5 kWh) and end (7.5 kWh), one after the other. */
  private String beginThenEnd(String beginPage, String endPage) {
    String begin =
        meter.sign(TestMeter.payload("M1", beginPage, TestMeter.reading("B", "5", "kWh", "")));
    String end =
        meter.sign(TestMeter.payload("M1", endPage, TestMeter.reading("E", "7.5", "kWh", "")));
    return begin + "\n" + end;
  }

  @Test
  void beginAndEndInSeparateDatasetsVerifyWhenTheirPagesFollowEachOther() {
    OcmfVerdict verdict = verify(meter, beginThenEnd("T10", "T11"), "M1", "2.5");

    assertThat(verdict.status()).as(verdict.reason()).isEqualTo(Status.VERIFIED);
    assertThat(verdict.energyKwh()).isEqualByComparingTo("2.5");
  }

  @Test
  void aMissingPageBetweenBeginAndEndFails() {
    OcmfVerdict verdict = verify(meter, beginThenEnd("T10", "T12"), "M1", null);

    assertFailed(verdict).isEqualTo("pagination T12 follows T10");
  }

  @Test
  void aBase64SignatureAndABareRAndSSignatureAreRead() throws Exception {
    String payload = TestMeter.payload("M1", "T7", "1", "2", "kWh");
    byte[] der = meter.signature(payload);
    String base64 =
        "OCMF|"
            + payload
            + "|{\"SA\":\"ECDSA-secp256r1-SHA256\",\"SE\":\"base64\",\"SD\":\""
            + Base64.getEncoder().encodeToString(der)
            + "\"}";
    ASN1Sequence rs = ASN1Sequence.getInstance(der);
    byte[] bare =
        org.bouncycastle.util.Arrays.concatenate(
            BigIntegers.asUnsignedByteArray(
                32, ASN1Integer.getInstance(rs.getObjectAt(0)).getValue()),
            BigIntegers.asUnsignedByteArray(
                32, ASN1Integer.getInstance(rs.getObjectAt(1)).getValue()));
    String bareHex = "OCMF|" + payload + "|{\"SD\":\"" + Hex.toHexString(bare) + "\"}";

    assertThat(verify(meter, base64, "M1", null).status()).isEqualTo(Status.VERIFIED);
    assertThat(verify(meter, bareHex, "M1", null).status()).isEqualTo(Status.VERIFIED);
  }

  @Test
  void aRegisteredKeyGivenAsTheBarePointIsReadOnTheCurveTheDataNames() {
    String data = brainpool384.sign(TestMeter.payload("M1", "T7", "1", "2", "kWh"));
    byte[] der = Hex.decode(brainpool384.publicKeyHex());
    String barePoint =
        Hex.toHexString(java.util.Arrays.copyOfRange(der, der.length - 96, der.length));

    OcmfVerdict verdict = verifier.verify(data, barePoint, "M1", null, TOLERANCE);

    assertThat(verdict.status()).as(verdict.reason()).isEqualTo(Status.VERIFIED);
  }

  @Test
  void aKeySentWithTheDataOtherThanTheRegisteredOneFails() {
    String data = meter.sign(TestMeter.payload("M1", "T7", "1", "2", "kWh"));
    TestMeter other = new TestMeter(OcmfSignatureAlgorithm.SECP256R1);

    OcmfVerdict verdict =
        verifier.verify(
            List.of(new OcmfSignedValue(data, other.publicKeyHex())),
            meter.publicKeyHex(),
            "M1",
            null,
            TOLERANCE);

    assertFailed(verdict).contains("other than the registered key");
  }

  @Test
  void withoutAnyKeyTheSessionIsUnverifiableButItsReadingsAreShown() {
    String data = meter.sign(TestMeter.payload("M1", "T7", "1", "2", "kWh"));

    OcmfVerdict verdict = verifier.verify(data, null, "M1", null, TOLERANCE);

    assertThat(verdict.status()).isEqualTo(Status.UNVERIFIABLE);
    assertThat(verdict.reason()).startsWith("no public key for the meter");
    assertThat(verdict.energyKwh()).isEqualByComparingTo("1");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "   ",
        "hello",
        "OCMF|",
        "OCMF|{}|{}",
        "OCMF|{\"RD\":[{\"TX\":\"B\",\"RV\":1,\"RU\":\"kWh\"}]|{\"SD\":\"00\"}",
        "OCMF|{\"RD\":[{\"TX\":\"B\",\"RV\":\"abc\",\"RU\":\"kWh\"}]}|{\"SD\":\"3000\"}",
        "OCMF|{\"RD\":[{\"TX\":\"B\",\"RV\":1,\"RU\":\"kWh\"}]}|{\"SA\":\"RSA-2048\",\"SD\":\"3000\"}",
        "OCMF|{\"RD\":[{\"TX\":\"B\",\"RV\":1,\"RU\":\"kWh\"}]}|{\"SD\":\"zz\"}",
        "OCMF|{\"RD\":[]}|{\"SD\":\"3000\"}|extra",
        "OCMF|[1,2]|{\"SD\":\"3000\"}"
      })
  void undecodableInputIsUnverifiableWithAReason(String signedData) {
    OcmfVerdict verdict =
        verifier.verify(signedData, meter.publicKeyHex(), "M1", BigDecimal.ONE, TOLERANCE);

    assertThat(verdict.status()).isEqualTo(Status.UNVERIFIABLE);
    assertThat(verdict.reason()).isNotBlank();
  }

  @Test
  void anUndecodableRegisteredKeyIsUnverifiable() {
    String data = meter.sign(TestMeter.payload("M1", "T7", "1", "2", "kWh"));

    OcmfVerdict verdict = verifier.verify(data, "not a key!", "M1", null, TOLERANCE);

    assertThat(verdict.status()).isEqualTo(Status.UNVERIFIABLE);
    assertThat(verdict.reason()).startsWith("cannot decode: the meter's public key");
  }
}
