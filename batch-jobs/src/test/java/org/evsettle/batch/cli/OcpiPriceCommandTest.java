package org.evsettle.batch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code evsettle ocpi price} on a reference case and on bad files; no database, no Spring. */
class OcpiPriceCommandTest {

  private static final Path STEP_SIZE =
      Path.of("../settlement/src/test/resources/ocpi-tariffs/v221/step_size");

  @TempDir Path dir;

  @Test
  void pricesTheStepSizeReferenceCaseAndAgreesWithItsCdr() {
    Path cdr = STEP_SIZE.resolve("cdr1.json");
    String out =
        Cli.run(0, "ocpi", "price", STEP_SIZE.resolve("tariff.json").toString(), cdr.toString());

    assertThat(out).contains("ocpi price: " + cdr + " with tariff 22 (EUR), zone UTC: 3 period(s)");
    // 16:55, before 17:00: element 0's TIME 1.20/h x 0.0834 h = 0.10008
    assertThat(out)
        .containsPattern("2022-01-13T16:55:00Z +TIME +0.0834 h +0.0834 h +0/0 +0.1001 +0.1001");
    // 17:00: element 1's TIME 2.40/h x 0.0834 h = 0.20016 (no step: the session ends parking)
    assertThat(out)
        .containsPattern("2022-01-13T17:00:00Z +TIME +0.0834 h +0.0834 h +1/0 +0.2002 +0.2002");
    // parking 0.0334 h = 120.24 s, billed in 900 s steps: 0.25 h x 1.00 = 0.25
    assertThat(out)
        .containsPattern(
            "2022-01-13T17:02:00Z +PARKING_TIME +0.0334 h +0.2500 h +1/1 +0.2500 +0.2500");
    // 0.10008 + 0.20016 + 0.25 = 0.55024, as the CDR says at 4 decimals
    assertThat(out).containsPattern("total_cost.excl_vat +0.5502 +0.5502 +matches");
    assertThat(out).containsPattern("total_time_cost.incl_vat +0.3002 +0.3002 +matches");
    assertThat(out).containsPattern("total_time +0.2000 +0.2000 +matches");
    assertThat(out).doesNotContain("differs");
  }

  @Test
  void aTotalThatDisagreesIsShownWithTheDifference() throws Exception {
    Path cdr = dir.resolve("cdr.json");
    Files.writeString(
        cdr,
        Files.readString(STEP_SIZE.resolve("cdr1.json"))
            .replace("\"excl_vat\": 0.5502", "\"excl_vat\": 0.6"));
    String out =
        Cli.run(0, "ocpi", "price", STEP_SIZE.resolve("tariff.json").toString(), cdr.toString());
    // 0.5502 - 0.6000 = -0.0498
    assertThat(out).containsPattern("total_cost.excl_vat +0.5502 +0.6000 +differs by -0.0498");
  }

  @Test
  void aBadTariffIsRefusedWithTheFileAndTheField() throws Exception {
    Path tariff = dir.resolve("tariff.json");
    Files.writeString(
        tariff,
        """
        {"id": "1", "currency": "EUR", "elements": [
          {"price_components": [{"type": "TIME", "price": 1, "step_size": 60}]},
          {"price_components": [{"type": "TIME", "price": "one", "step_size": 60}]}]}""");
    String out =
        Cli.run(1, "ocpi", "price", tariff.toString(), STEP_SIZE.resolve("cdr1.json").toString());
    assertThat(out)
        .isEqualTo(
            "price: "
                + tariff
                + ": elements[1].price_components[0].price: expected a number, got \"one\""
                + System.lineSeparator());
  }

  @Test
  void aTariffThatCannotPriceTheCdrNamesBothFiles() throws Exception {
    Path tariff = dir.resolve("gbp.json");
    Files.writeString(
        tariff, Files.readString(STEP_SIZE.resolve("tariff.json")).replace("\"EUR\"", "\"GBP\""));
    Path cdr = STEP_SIZE.resolve("cdr1.json");
    String out = Cli.run(1, "ocpi", "price", tariff.toString(), cdr.toString());
    assertThat(out)
        .isEqualTo(
            "price: "
                + tariff
                + " cannot price "
                + cdr
                + ": tariff 22 is in GBP, the CDR in EUR"
                + System.lineSeparator());
  }

  @Test
  void aMissingFileIsNamed() {
    Path none = dir.resolve("none.json");
    String out = Cli.run(1, "ocpi", "price", none.toString(), none.toString());
    assertThat(out).startsWith("price: " + none + ": cannot be read: ");
  }
}
