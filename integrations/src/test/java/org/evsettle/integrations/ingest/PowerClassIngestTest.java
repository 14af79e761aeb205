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
 * A charger's optional current_type and connector: checked against its rated power, the connector
 * upper-cased, and rows sent before the columns existed still duplicates of themselves.
 */
class PowerClassIngestTest extends IngestTestSupport {

  private static final String HEADER =
      "charger_id,operator_id,site_id,utility_id,access,rated_power_kw,current_type,connector";

  @Autowired ChargerRepository chargers;

  @Test
  void aChargersPowerFactsMustFitTogether() {
    home.drop(
        "operators/PWR",
        "chargers.csv",
        csv(
            HEADER,
            "PW-T2,PWR,PWR-S,UT1,PUBLIC,22,ac,iec_62196_t2",
            "PW-HPC,PWR,PWR-S,UT1,PUBLIC,400,DC,IEC_62196_T2_COMBO",
            "PW-CJ,PWR,PWR-S,UT1,PUBLIC,500,,ChaoJi",
            "PW-3PH,PWR,PWR-S,UT1,PUBLIC,22,THREE_PHASE,",
            "PW-ACHI,PWR,PWR-S,UT1,PUBLIC,43.6,AC,",
            "PW-ACMAX,PWR,PWR-S,UT1,PUBLIC,43.5,AC,",
            "PW-CJAC,PWR,PWR-S,UT1,PUBLIC,40,AC,CHAOJI",
            "PW-CJHI,PWR,PWR-S,UT1,PUBLIC,600.1,DC,CHAOJI",
            "PW-CJMAX,PWR,PWR-S,UT1,PUBLIC,600,DC,CHAOJI",
            "PW-LONG,PWR,PWR-S,UT1,PUBLIC,60,DC," + "C".repeat(33),
            "PW-32,PWR,PWR-S,UT1,PUBLIC,60,DC," + "C".repeat(32)));

    ingest();

    JsonNode receipt = home.receipt("operators/PWR", "chargers.csv");
    assertThat(counts(receipt)).containsExactly(6L, 0L, 0L, 5L);
    assertThat(rejections(receipt))
        .containsExactly(
            "5 current_type UNPARSABLE",
            "6 rated_power_kw OUT_OF_RANGE",
            "8 current_type OUT_OF_RANGE",
            "9 rated_power_kw OUT_OF_RANGE",
            "11 connector OUT_OF_RANGE");
    List<String> reasons = receipt.get("rejections").findValuesAsText("reason");
    assertThat(reasons)
        .containsExactly(
            "current_type 'THREE_PHASE' cannot be read: expected one of [AC, DC]",
            "rated_power_kw 43.6 is more than the 43.5 kW an AC charger (IEC 62196) can deliver",
            "current_type is AC, but ChaoJi (connector CHAOJI) is a DC standard",
            "rated_power_kw 600.1 is more than the 600 kW a ChaoJi charger can deliver",
            "connector is 33 characters, longer than the 32 allowed");
    assertThat(stored("PW-T2")).isEqualTo("AC IEC_62196_T2");
    assertThat(stored("PW-HPC")).isEqualTo("DC IEC_62196_T2_COMBO");
    assertThat(stored("PW-CJ")).isEqualTo("null CHAOJI");
  }

  @Test
  void aRowSentBeforeTheNewColumnsIsADuplicateWithoutThemAndCorrectedByThem() {
    home.drop(
        "operators/DUP", "chargers-1.csv", chargersCsv("DUP1,DUP,DUP-S,UT1,,PUBLIC,60,false"));
    ingest();
    // the same registration in the new layout, the new columns left empty
    home.drop(
        "operators/DUP",
        "chargers-2.csv",
        csv(HEADER + ",v2g_capable", "DUP1,DUP,DUP-S,UT1,PUBLIC,60.0,,,false"));
    ingest();
    home.drop(
        "operators/DUP",
        "chargers-3.csv",
        csv(HEADER + ",v2g_capable", "DUP1,DUP,DUP-S,UT1,PUBLIC,60,DC,gbt_dc,false"));
    ingest();
    // the same again, the connector written in another case
    home.drop(
        "operators/DUP",
        "chargers-4.csv",
        csv(HEADER + ",v2g_capable", "DUP1,DUP,DUP-S,UT1,PUBLIC,60,DC,GBT_DC,false"));
    ingest();

    // accepted, corrected, duplicates, rejected
    assertThat(counts(home.receipt("operators/DUP", "chargers-2.csv")))
        .containsExactly(0L, 0L, 1L, 0L);
    assertThat(counts(home.receipt("operators/DUP", "chargers-3.csv")))
        .containsExactly(0L, 1L, 0L, 0L);
    assertThat(counts(home.receipt("operators/DUP", "chargers-4.csv")))
        .containsExactly(0L, 0L, 1L, 0L);
    assertThat(chargers.findByPartyIdAndRecordIdOrderByVersion("DUP", "DUP1"))
        .extracting(c -> c.getVersion() + " " + c.getCurrentType() + " " + c.getConnector())
        .containsExactly("1 null null", "2 DC GBT_DC");
  }

  private String stored(String chargerId) {
    ChargerEntity c = chargers.findByPartyIdAndRecordIdOrderByVersion("PWR", chargerId).get(0);
    return c.getCurrentType() + " " + c.getConnector();
  }
}
