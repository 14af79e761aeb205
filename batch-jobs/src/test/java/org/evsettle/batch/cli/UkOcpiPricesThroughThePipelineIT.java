package org.evsettle.batch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A UK operator sends OCPI 2.2.1 tariffs and CDRs; the uk pack prices each CDR again with the
 * tariff as published at the session's start, reports how the CDRs' stated totals compare, and
 * makes the operator pay what a session cost above the price cap to the redress fund. Amounts are
 * worked out by hand from the tariffs below and the pack's parameters (tolerance 0.01 GBP, cap 0.79
 * GBP per kWh including VAT).
 */
class UkOcpiPricesThroughThePipelineIT {

  private static final String REPORTS = "reports/2026-10/2026-10-INITIAL/";

  @TempDir Path home;

  @Test
  void cdrsArePricedWithTheirTariffsCheckedAndCappedThroughToTheWorkbook() throws IOException {
    Path op1 = home.resolve("inbox/operators/OP1");
    Files.createDirectories(op1);
    Files.writeString(
        op1.resolve("chargers.csv"),
        "charger_id,operator_id,site_id,utility_id,district,access,rated_power_kw\n"
            + "AC1,OP1,LON-1,UKPN,Camden,PUBLIC,22\n"
            + "DC1,OP1,LON-1,UKPN,Camden,PUBLIC,150\n");
    // T-DC: 0.75 per kWh and a 1.00 start fee, both + 20 % VAT. T-AC: 0.50 per kWh + 20 % VAT,
    // raised to 0.70 from 1 November (a version that must not price October).
    Files.writeString(
        op1.resolve("tariffs.json"),
        "["
            + tariff("T-DC", "2026-09-01T00:00:00Z", energy("0.75") + "," + flat("1.00"))
            + ","
            + tariff("T-AC", "2026-09-01T00:00:00Z", energy("0.50"))
            + ","
            + tariff("T-AC", "2026-11-01T00:00:00Z", energy("0.70"))
            + "]\n");
    Files.writeString(
        op1.resolve("cdrs.json"),
        // CDR-DC: 20 kWh with T-DC: 20 x 0.75 + 1.00 = 16.00, x 1.20 = 19.20 including VAT, as
        // it states; 19.20 / 20 = 0.96 per kWh, above the cap: 19.20 - 0.79 x 20 = 3.40 owed
        cdr("CDR-DC", "DC1", "T-DC", "20", "16.00", "19.20")
            + "\n"
            // CDR-AC: 10 kWh with T-AC as of October: 10 x 0.50 = 5.00, x 1.20 = 6.00; it states
            // 6.50, 0.50 more; 0.60 per kWh is under the cap
            + cdr("CDR-AC", "AC1", "T-AC", "10", "5.40", "6.50")
            + "\n");

    assertThat(Cli.run(0, "ingest", "--home", home.toString(), "--as-of", "2026-10-10T00:00:00Z"))
        .contains("rejected=0");
    Cli.approveAndSettle(home, "uk", "2026-10");

    String fund =
        Files.readString(home.resolve("outbox/regulator/2026-10/2026-10-INITIAL/lines.csv"));
    assertThat(fund.lines().filter(l -> l.contains(",PRICE_CAP_EXCESS,")))
        .singleElement()
        .satisfies(
            l ->
                assertThat(l)
                    .contains(
                        ",PRICE_CAP_EXCESS,,OP1,UK-REDRESS-FUND,OP1,DC1,sessions,CDR-DC,1,3.4,GBP,")
                    .contains(",3.40,GBP,")
                    .contains("with tariff T-DC"));

    assertThat(sheet("regulator.xlsx", "Price checks"))
        .containsExactly(
            "operator measure finding value",
            "OP1 price check CDRs stated total differs from the tariff 1",
            "OP1 price check CDRs stated total matches the tariff 1",
            "OP1 price check difference incl. VAT stated total differs from the tariff 0.5");
    // the excess paid to the redress fund is not a withheld subsidy
    assertThat(sheet("regulator.xlsx", "Subsidies")).noneMatch(r -> r.startsWith("OP1 "));
  }

  private List<String> sheet(String workbook, String name) throws IOException {
    List<String> rows = new ArrayList<>();
    try (var wb = WorkbookFactory.create(home.resolve(REPORTS + workbook).toFile())) {
      DataFormatter formatter = new DataFormatter();
      for (var row : wb.getSheet(name)) {
        List<String> cells = new ArrayList<>();
        row.forEach(c -> cells.add(formatter.formatCellValue(c)));
        rows.add(String.join(" ", cells).replaceAll(" +", " ").trim());
      }
    }
    return rows;
  }

  private static String energy(String price) {
    return "{\"type\":\"ENERGY\",\"price\":" + price + ",\"vat\":20.0,\"step_size\":1}";
  }

  private static String flat(String price) {
    return "{\"type\":\"FLAT\",\"price\":" + price + ",\"vat\":20.0,\"step_size\":1}";
  }

  private static String tariff(String id, String lastUpdated, String components) {
    return """
        {"country_code":"GB","party_id":"OP1","id":"%s","currency":"GBP",
         "elements":[{"price_components":[%s]}],"last_updated":"%s"}"""
        .formatted(id, components, lastUpdated);
  }

  /** A CDR of 6 October 2026, 10:00 to 11:00 UTC (11:00 to 12:00 in London). */
  private static String cdr(
      String id, String charger, String tariff, String kwh, String exclVat, String inclVat) {
    return """
        {"country_code":"GB","party_id":"OP1","id":"%s",\
        "start_date_time":"2026-10-06T10:00:00Z","end_date_time":"2026-10-06T11:00:00Z",\
        "cdr_token":{"country_code":"GB","party_id":"OP1","uid":"CARD-%s","type":"RFID",\
        "contract_id":"GB-OP1-C00001-7"},"auth_method":"WHITELIST",\
        "cdr_location":{"id":"LOC-1","address":"1 Camden Road","city":"London","country":"GBR",\
        "coordinates":{"latitude":"51.54100","longitude":"-0.14300"},"evse_uid":"%s",\
        "evse_id":"GB*OP1*E%s","connector_id":"1","connector_standard":"IEC_62196_T2_COMBO",\
        "connector_format":"CABLE","connector_power_type":"DC"},"currency":"GBP",\
        "charging_periods":[{"start_date_time":"2026-10-06T10:00:00Z","tariff_id":"%s",\
        "dimensions":[{"type":"ENERGY","volume":%s}]}],\
        "total_cost":{"excl_vat":%s,"incl_vat":%s},"total_energy":%s,"total_time":1,\
        "last_updated":"2026-10-06T11:01:00Z"}"""
        .formatted(id, id, charger, charger, tariff, kwh, exclVat, inclVat, kwh);
  }
}
