package org.evsettle.settlement.ocmf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evsettle.settlement.ocmf.OcmfSampleFilesTest.Expected.MUST_FAIL;
import static org.evsettle.settlement.ocmf.OcmfSampleFilesTest.Expected.UNDECIDED;
import static org.evsettle.settlement.ocmf.OcmfSampleFilesTest.Expected.UNVERIFIABLE;
import static org.evsettle.settlement.ocmf.OcmfSampleFilesTest.Expected.VERIFIES;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.evsettle.settlement.ocmf.OcmfVerdict.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file of the public OCMF sample collection (S.A.F.E. transparency software test data and
 * pyocmf examples, see {@code ocmf/SOURCE.txt}), each with the outcome decided from the file itself
 * before the verifier was run on it. No registered key or serial is given: the key is the one the
 * container carries, as the transparency software uses it.
 */
class OcmfSampleFilesTest {

  enum Expected {
    VERIFIES,
    MUST_FAIL,
    /** Not OCMF, empty, or without a key: reported unverifiable with a reason, never a crash. */
    UNVERIFIABLE,
    /** Decodable OCMF whose signature cannot be judged by reading the file. */
    UNDECIDED
  }

  /**
   * @param outcome what the verifier must conclude
   * @param why the one-line justification, from reading the file
   * @param reasonMentions for files that must fail: words of which the reason must contain one
   */
  record Expectation(Expected outcome, String why, List<String> reasonMentions) {}

  private static Map.Entry<String, Expectation> file(
      String name, Expected outcome, String why, String... reasonMentions) {
    return Map.entry(name, new Expectation(outcome, why, List.of(reasonMentions)));
  }

  private static final Map<String, Expectation> EXPECTED =
      Map.ofEntries(
          file(
              "ocmf-compleo-daten.xml",
              VERIFIES,
              "two real eBZ meter sessions with the meter's key, begin below end, status G"),
          file(
              "pyocmf-base64_ocmf.xml",
              VERIFIES,
              "pyocmf's valid example with the key in base64; 0 Wh session, status G"),
          file(
              "pyocmf-working_ocmf.xml",
              VERIFIES,
              "pyocmf's 'working' example: B, C, S, E readings rising, status G"),
          file(
              "xml/OCMF_Test_Data_00.xml",
              VERIFIES,
              "DZG sample: begin T198 and end T199 consecutive, no flags"),
          file(
              "xml/VW_OCMF_load.xml",
              VERIFIES,
              "the transparency software's GUI test expects it verified, 1.101 kWh"),
          file(
              "xml/brainpoolP256r1.xml",
              VERIFIES,
              "brainpool sample: T274/T275 consecutive, its GUI test expects verified"),
          file(
              "xml/chargepoint_3.xml",
              VERIFIES,
              "ChargePoint sample with a base64 signature; nothing in it marks an error"),
          file(
              "xml/nistP384_0Wh.xml",
              VERIFIES,
              "P-384 sample of a 0 Wh session, T5/T6 consecutive, no flags"),
          file(
              "xml/ocmf_sec.xml",
              VERIFIES,
              "DZG sample with an extra seconds register, T6/T7 consecutive, no flags"),
          file(
              "xml/ocmf_tariff_1.xml",
              VERIFIES,
              "KEBA sample with a tariff text (OCMF 1.1), status G"),
          file(
              "xml/test_ocmf_keba_kcp30.xml",
              VERIFIES,
              "the transparency software's GUI test expects it verified"),
          file(
              "xml/test_ocmf_ebee_01.xml",
              VERIFIES,
              "the transparency software's GUI test expects it verified, 7.753 kWh"),
          file(
              "xml/keba_test.xml",
              VERIFIES,
              "KEBA export series of 100 plain sessions, all status G without flags"),
          file(
              "xml/keba_test_txn.xml",
              VERIFIES,
              "the same KEBA series, only the container's attributes differ"),
          file(
              "xml/measurements.xml",
              VERIFIES,
              "KEBA export series of 21 plain sessions, all status G without flags"),
          file(
              "xml/20211007-device-with-evt-ocmf-sss-ses.xml",
              MUST_FAIL,
              "both readings carry error flags Et and meter status E",
              "error flag"),
          file(
              "xml/test_ocmf_keba_kcp30_fail.xml",
              MUST_FAIL,
              "copy of the kcp30 file with the begin date changed; GUI test expects not verified",
              "signature"),
          file(
              "xml/test_ocmf_ebee_02.xml",
              MUST_FAIL,
              "copy of ebee_01 with the begin reading changed to 7763; GUI test expects not verified",
              "signature"),
          file(
              "xml/second_key_fail_ocmf.xml",
              MUST_FAIL,
              "the end value comes with another meter's key than the begin value",
              "public key"),
          file(
              "xml/test_ocmf_transaction_two_values.xml",
              MUST_FAIL,
              "exception (X) readings and both datasets on page T12345",
              "exception",
              "pagination"),
          file(
              "xml/isa-ocmf/OCMF-receipt-with_import_and_export.xml",
              MUST_FAIL,
              "every reading has error flag E and meter status E",
              "error flag",
              "signature"),
          file(
              "xml/isa-ocmf/OCMF-receipt-with_publickey_and_data.xml",
              MUST_FAIL,
              "every reading has error flag E and meter status E",
              "error flag",
              "signature"),
          file(
              "xml/Ocmf_Example_OBIS_98.8.0_2.8.0.xml",
              UNDECIDED,
              "anonymised example (XXX serials): whether it was signed after anonymising cannot be read"),
          file(
              "xml/ACU_falsch.metra.xml",
              UNVERIFIABLE,
              "Mennekes EDL billing XML, not OCMF (its 'falsch' is about the EDL signature)"),
          file("xml/ACU_korrekt.metra.xml", UNVERIFIABLE, "Mennekes EDL billing XML, not OCMF"),
          file(
              "xml/demeke99001002-2020-04-21-08_53_12-5892888.metra.xml",
              UNVERIFIABLE,
              "Mennekes EDL billing XML, not OCMF"),
          file(
              "xml/test_mennekes_charging_processes.xml",
              UNVERIFIABLE,
              "Mennekes EDL charging process XML, not OCMF"),
          file("xml/test_mennekes_full.xml", UNVERIFIABLE, "Mennekes EDL billing XML, not OCMF"),
          file("xml/edl-40-01.xml", UNVERIFIABLE, "SML EDL40 bytes, not OCMF"),
          file("xml/edl-40-02.xml", UNVERIFIABLE, "SML EDL40 bytes, not OCMF"),
          file("xml/edl-40-03.xml", UNVERIFIABLE, "SML EDL40 bytes, not OCMF"),
          file("xml/isa-edl-40p-begin-fail.xml", UNVERIFIABLE, "ISA EDL40P SML, not OCMF"),
          file("xml/isa-edl-40p-data-fail.xml", UNVERIFIABLE, "ISA EDL40P SML, not OCMF"),
          file("xml/isa-edl-40p-ok.xml", UNVERIFIABLE, "ISA EDL40P SML, not OCMF"),
          file("xml/isa-edl-40p-sign-fail.xml", UNVERIFIABLE, "ISA EDL40P SML, not OCMF"),
          file("xml/isa-edl-40p-update-fail.xml", UNVERIFIABLE, "ISA EDL40P SML, not OCMF"),
          file("xml/isa-edl-40p-veri-fail.xml", UNVERIFIABLE, "ISA EDL40P SML, not OCMF"),
          file(
              "xml/XML_gultiger und ungultiger Date nwertsätze im ISA-EDL-40P_1.0.xml",
              UNVERIFIABLE,
              "ISA EDL40P SML values, valid and invalid, not OCMF"),
          file("xml/emh-emoc/NewEHZSML.xml", UNVERIFIABLE, "EMH SML bytes, not OCMF"),
          file(
              "xml/emh-emoc/NewEHZXML.xml",
              UNVERIFIABLE,
              "EMH signedMeterValue XML (EDL), not OCMF"),
          file("xml/wirelane.xml", UNVERIFIABLE, "EMH signedMeterValue XML (EDL), not OCMF"),
          file(
              "xml/test_input_xml_two_values.xml",
              UNVERIFIABLE,
              "placeholder texts TEST1 and TEST3"),
          file(
              "xml/test_input_invalid_xml.xml",
              UNVERIFIABLE,
              "a truncated XML declaration, nothing else"),
          file(
              "xml/test_ocmf_rsa_01.xml",
              UNVERIFIABLE,
              "binary RSA-signed record in encodedData, not the OCMF text format"),
          file(
              "xml/isa-ocmf/OCMF-receipt-template.xml",
              UNVERIFIABLE,
              "template: the signedData is empty"),
          file(
              "xml/isa-ocmf/OCMF-receipt-template_with_publickey.xml",
              UNVERIFIABLE,
              "template: the signedData is empty"),
          file(
              "xml/signature_16955306_ALL.xml",
              UNVERIFIABLE,
              "Bauer begin and end without any public key"));

  private static final BigDecimal TOLERANCE = new BigDecimal("0.05");

  private final OcmfVerifier verifier = new OcmfVerifier();

  static Path folder() throws URISyntaxException {
    return Path.of(OcmfSampleFilesTest.class.getResource("/ocmf").toURI());
  }

  static Stream<Arguments> files() throws Exception {
    Path folder = folder();
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk
          .filter(p -> p.toString().endsWith(".xml"))
          .map(p -> folder.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .map(Arguments::of)
          .toList()
          .stream();
    }
  }

  @Test
  void theTableCoversEveryFileOfTheCollection() throws Exception {
    assertThat(files().map(a -> (String) a.get()[0]))
        .containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void eachFileHasItsExpectedOutcome(String name) throws IOException, URISyntaxException {
    Expectation expected = EXPECTED.get(name);
    assertThat(expected).as("expected outcome for " + name).isNotNull();
    List<List<OcmfSignedValue>> sessions = TransparencyFile.sessions(folder().resolve(name));

    for (List<OcmfSignedValue> session : sessions) {
      OcmfVerdict verdict = verifier.verify(session, null, null, null, TOLERANCE);
      assertThat(verdict.reason()).as(name).isNotBlank();
      String because = name + " (" + expected.why() + "): " + verdict.reason();
      switch (expected.outcome()) {
        case VERIFIES -> assertThat(verdict.status()).as(because).isEqualTo(Status.VERIFIED);
        case MUST_FAIL -> {
          assertThat(verdict.status()).as(because).isEqualTo(Status.FAILED);
          assertThat(expected.reasonMentions()).as(because).anyMatch(verdict.reason()::contains);
        }
        case UNVERIFIABLE ->
            assertThat(verdict.status()).as(because).isEqualTo(Status.UNVERIFIABLE);
        case UNDECIDED ->
            assertThat(verdict.status()).as(because).isNotEqualTo(Status.UNVERIFIABLE);
      }
    }
  }

  @ParameterizedTest(name = "{0}: {1} to {2} kWh")
  @CsvSource({
    "xml/VW_OCMF_load.xml, 57.584, 58.685, 1.101",
    "xml/test_ocmf_ebee_01.xml, 7.753, 7.753, 0",
    "xml/test_ocmf_keba_kcp30.xml, 0.2596, 0.2597, 0.0001",
    "xml/brainpoolP256r1.xml, 1.833, 1.833, 0",
    "ocmf-compleo-daten.xml, 2851.485, 2851.753, 0.268"
  })
  void theMeterValuesAreThoseTheFilesState(String name, String begin, String end, String energy)
      throws Exception {
    List<OcmfSignedValue> session = TransparencyFile.sessions(folder().resolve(name)).get(0);

    OcmfVerdict verdict = verifier.verify(session, null, null, new BigDecimal(energy), TOLERANCE);

    assertThat(verdict.status()).as(verdict.reason()).isEqualTo(Status.VERIFIED);
    assertThat(verdict.beginKwh()).isEqualByComparingTo(begin);
    assertThat(verdict.endKwh()).isEqualByComparingTo(end);
    assertThat(verdict.energyKwh()).isEqualByComparingTo(energy);
  }

  @Test
  void aMetersSuccessiveSessionsCanBeCheckedForContinuousPages() throws Exception {
    List<OcmfPayload> datasets = new java.util.ArrayList<>();
    for (List<OcmfSignedValue> session :
        TransparencyFile.sessions(folder().resolve("xml/keba_test.xml"))) {
      datasets.add(OcmfDatasetParser.parse(session.get(0).signedData()).payload());
    }

    assertThat(datasets).hasSize(100);
    assertThat(OcmfPagination.findingsAcross(datasets)).isEmpty();
    List<OcmfPayload> oneLeftOut = new java.util.ArrayList<>(datasets);
    oneLeftOut.remove(10);
    assertThat(OcmfPagination.findingsAcross(oneLeftOut))
        .containsExactly("pagination T46680 follows T46678: 1 page(s) missing");
  }
}
