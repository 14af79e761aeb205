package org.evsettle.batch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.evsettle.settlement.ocmf.SigningMeter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An operator whose back office speaks OCPI 2.2.1 delivers a CDR ({@code cdrs.json}); the session
 * it becomes settles exactly as the same charging sent as a {@code sessions.csv} row. Amounts
 * worked out by hand from the Beijing pack of DESIGN.md.
 */
class OcpiCdrSettlesLikeCsvIT {

  private static final String RUN = "outbox/operators/OPJ/2026-10/2026-10-INITIAL/lines.csv";

  // the 60 kW public charger's meter: CS-5 pays the subsidy only where its signed values verify
  private static final SigningMeter METER = new SigningMeter(BigInteger.valueOf(4242L), "OPJ-M1");
  private static final String SIGNED =
      METER.signSession(
          Instant.parse("2026-10-01T14:30:00Z"),
          Instant.parse("2026-10-01T15:30:00Z"),
          new BigDecimal("1000"),
          new BigDecimal("1010"),
          ZoneOffset.ofHours(8));

  @TempDir Path home;

  private void drop(String folder, String name, String content) throws IOException {
    Path file = home.resolve("inbox").resolve(folder).resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }

  @Test
  void aCdrSettlesWithTheAmountsOfTheEquivalentCsvRow() throws IOException {
    drop(
        "operators/OPJ",
        "chargers.csv",
        "charger_id,operator_id,site_id,utility_id,access,rated_power_kw,ocpp_security_profile,"
            + "firmware_signed,default_credentials_changed,tls_cert_expires,signed_metering,"
            + "meter_public_key,meter_serial\n"
            + "OPJ-C1,OPJ,OPJ-S,UT1,PUBLIC,60,3,true,true,2030-01-01,OCMF,"
            + METER.publicKeyHex()
            + ",OPJ-M1\n");
    drop("regulator", "ratings.csv", "site_id,quarter,rating\nOPJ-S,2026-Q4,A\n");
    // 1 October 2026, 22:30 to 23:30 in Beijing (14:30 to 15:30 UTC), 10 kWh
    drop(
        "operators/OPJ",
        "sessions.csv",
        "session_id,charger_id,started_at,ended_at,energy_kwh,id_tag,signed_data\n"
            + "CSV-1,OPJ-C1,2026-10-01T22:30:00+08:00,2026-10-01T23:30:00+08:00,10,CARD-0001,\""
            + SIGNED.replace("\"", "\"\"")
            + "\"\n");
    drop("operators/OPJ", "cdrs.json", "[" + cdr() + "]\n");

    assertThat(Cli.run(0, "ingest", "--home", home.toString(), "--as-of", "2026-10-02T00:00:00Z"))
        .contains("accepted=4 corrected=0 duplicates=0 rejected=0");
    Cli.approveAndSettle(home, "beijing", "2026-10");

    // 22:30-23:00 flat: 5 kWh x 0.6950 = 3.475 -> 3.48; 23:00-23:30 valley: 5 x 0.3946 = 1.973
    // -> 1.97; the subsidy of an A-rated public station: 10 x 0.20 = 2.00, not withheld: both carry
    // the meter's signed 1000 -> 1010 kWh, which CS-5 verifies (the CDR's as its End value)
    List<String> expected =
        List.of(
            "ENERGY,FLAT,5,kWh,0.695,3.48,CNY",
            "ENERGY,VALLEY,5,kWh,0.3946,1.97,CNY",
            "SUBSIDY,,10,kWh,0.2,2.00,CNY");
    assertThat(linesOf("CSV-1")).containsExactlyElementsOf(expected);
    assertThat(linesOf("CDR-1")).containsExactlyElementsOf(expected);
  }

  /** A record's lines: component, window class, quantity, unit, rate, amount, currency. */
  private List<String> linesOf(String recordId) throws IOException {
    return Files.readAllLines(home.resolve(RUN)).stream()
        .skip(1)
        .map(line -> line.split(",", -1))
        .filter(f -> f[11].equals(recordId) && f[10].equals("sessions"))
        .map(f -> String.join(",", f[4], f[5], strip(f[13]), f[14], strip(f[15]), f[16], f[17]))
        .sorted()
        .toList();
  }

  private static String strip(String number) {
    return new java.math.BigDecimal(number).stripTrailingZeros().toPlainString();
  }

  private static String cdr() {
    return """
        {"country_code":"CN","party_id":"OPJ","id":"CDR-1",
         "start_date_time":"2026-10-01T14:30:00Z","end_date_time":"2026-10-01T15:30:00Z",
         "cdr_token":{"country_code":"CN","party_id":"OPJ","uid":"CARD-0001","type":"RFID",
                      "contract_id":"CN-OPJ-C00001-7"},
         "auth_method":"WHITELIST",
         "cdr_location":{"id":"LOC-1","address":"1 Chaoyang Park South Road","city":"Beijing",
                         "country":"CHN","coordinates":{"latitude":"39.93380","longitude":"116.47650"},
                         "evse_uid":"OPJ-C1","evse_id":"CN*OPJ*E0001","connector_id":"1",
                         "connector_standard":"GBT_DC","connector_format":"CABLE",
                         "connector_power_type":"DC"},
         "currency":"CNY",
         "charging_periods":[{"start_date_time":"2026-10-01T14:30:00Z",
                              "dimensions":[{"type":"ENERGY","volume":10}]}],
         "total_cost":{"excl_vat":5.45},
         "signed_data":{"encoding_method":"OCMF","signed_values":[{"nature":"End",
                        "plain_data":"","signed_data":%s}]},
         "total_energy":10,"total_time":1,
         "last_updated":"2026-10-01T15:31:00Z"}"""
        .formatted("\"" + new String(JsonStringEncoder.getInstance().quoteAsString(SIGNED)) + "\"");
  }
}
