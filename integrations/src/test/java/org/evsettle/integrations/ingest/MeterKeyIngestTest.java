package org.evsettle.integrations.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evsettle.integrations.TestHome.csv;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.evsettle.settlement.persistence.ChargerEntity;
import org.evsettle.settlement.persistence.ChargerRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A charger's optional meter_public_key and meter_serial: a key that is not a public key on a curve
 * OCMF names quarantines its row with the reason; a good key is stored as sent.
 */
class MeterKeyIngestTest extends IngestTestSupport {

  private static final String HEADER =
      "charger_id,operator_id,site_id,utility_id,access,rated_power_kw,meter_public_key,"
          + "meter_serial";

  // the LEM DC meter's key of the S.A.F.E. sample VW_OCMF_load.xml (P-256)
  static final String LEM_KEY =
      "3059301306072A8648CE3D020106082A8648CE3D03010703420004CE6FD2090A85FDE4A69B58EF00FDE362833"
          + "AD8C70F8E8027CAAC655C0BB02F6B1A44558C78B386FF0BC3A4BBE6C81A4F8133134DB05DAE91E2AA309C"
          + "07A5128B";

  // an Ed25519 key: a SubjectPublicKeyInfo, but on no curve OCMF names
  private static final String ED25519_KEY = "302a300506032b6570032100" + "11".repeat(32);

  @Autowired ChargerRepository chargers;

  @Test
  void aMeterKeyThatIsNotAnOcmfPublicKeyQuarantinesItsRow() {
    home.drop(
        "operators/MTR",
        "chargers.csv",
        csv(
            HEADER,
            "MK-OK,MTR,MTR-S,UT1,PUBLIC,120," + LEM_KEY + ",1211751603",
            "MK-NOHEX,MTR,MTR-S,UT1,PUBLIC,120,3059zz,1",
            "MK-POINT,MTR,MTR-S,UT1,PUBLIC,120," + LEM_KEY.substring(52) + ",1",
            "MK-ED,MTR,MTR-S,UT1,PUBLIC,120," + ED25519_KEY + ",1",
            "MK-LONG,MTR,MTR-S,UT1,PUBLIC,120," + LEM_KEY + "," + "9".repeat(65),
            "MK-NONE,MTR,MTR-S,UT1,PUBLIC,22,,"));

    ingest();

    JsonNode receipt = home.receipt("operators/MTR", "chargers.csv");
    // accepted, corrected, duplicates, rejected: MK-OK and MK-NONE stored, four rejected
    assertThat(counts(receipt)).containsExactly(2L, 0L, 0L, 4L);
    assertThat(rejections(receipt))
        .containsExactly(
            "3 meter_public_key UNPARSABLE",
            "4 meter_public_key UNPARSABLE",
            "5 meter_public_key UNPARSABLE",
            "6 meter_serial OUT_OF_RANGE");
    List<String> reasons = receipt.get("rejections").findValuesAsText("reason");
    assertThat(reasons)
        .containsExactly(
            "the meter's public key is not hex (an even number of hex digits)",
            "the meter's public key is not a DER SubjectPublicKeyInfo",
            "the meter's public key is not on a named elliptic curve",
            "meter_serial is 65 characters, longer than the 64 allowed");
    ChargerEntity ok = chargers.findByPartyIdAndRecordIdOrderByVersion("MTR", "MK-OK").get(0);
    assertThat(ok.getMeterPublicKey()).isEqualTo(LEM_KEY);
    assertThat(ok.getMeterSerial()).isEqualTo("1211751603");
    ChargerEntity none = chargers.findByPartyIdAndRecordIdOrderByVersion("MTR", "MK-NONE").get(0);
    assertThat(none.getMeterPublicKey()).isNull();
  }

  @Test
  void aRegistrationSentBeforeTheMeterColumnsStaysADuplicateAndIsCorrectedByAKey() {
    home.drop(
        "operators/MTD",
        "chargers-1.csv",
        csv(HEADER.replace(",meter_public_key,meter_serial", ""), "MD1,MTD,MTD-S,UT1,PUBLIC,120"));
    ingest();
    home.drop("operators/MTD", "chargers-2.csv", csv(HEADER, "MD1,MTD,MTD-S,UT1,PUBLIC,120,,"));
    ingest();
    home.drop(
        "operators/MTD",
        "chargers-3.csv",
        csv(HEADER, "MD1,MTD,MTD-S,UT1,PUBLIC,120," + LEM_KEY + ",1211751603"));
    ingest();

    assertThat(counts(home.receipt("operators/MTD", "chargers-2.csv")))
        .containsExactly(0L, 0L, 1L, 0L);
    assertThat(counts(home.receipt("operators/MTD", "chargers-3.csv")))
        .containsExactly(0L, 1L, 0L, 0L);
  }
}
