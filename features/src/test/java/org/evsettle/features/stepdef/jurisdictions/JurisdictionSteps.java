package org.evsettle.features.stepdef.jurisdictions;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.ParameterType;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.evsettle.features.world.Market;
import org.evsettle.settlement.domain.AccessType;
import org.evsettle.settlement.domain.Component;
import org.evsettle.settlement.domain.CurrentType;
import org.evsettle.settlement.domain.PolicyLine;

/**
 * Packs of other jurisdictions: the UK's (another zone, currency, rounding, its own window classes
 * and a standing charge) and Shanghai's (a taxi card subsidy, an ultrafast bonus, a service fee).
 */
public class JurisdictionSteps {

  private final Market market;

  public JurisdictionSteps(Market market) {
    this.market = market;
  }

  /** A time with its offset, where the wall clock alone is ambiguous (the hour a clock repeats). */
  @ParameterType("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}[+-]\\d{2}:\\d{2}")
  public Instant instant(String text) {
    return OffsetDateTime.parse(text).toInstant();
  }

  @Given("the UK pack")
  public void theUkPack() {
    market.usePacks(Path.of("../rules/policies"), "uk");
    market.inZone(ZoneId.of("Europe/London"));
  }

  @Given("the Shanghai pack")
  public void theShanghaiPack() {
    market.usePacks(Path.of("../rules/policies"), "shanghai");
  }

  @Given(
      "operator {word} has a {access} {word} kW {word} charger {word} at site {word} served by"
          + " utility {word}")
  public void charger(
      String operator,
      AccessType access,
      String kw,
      String kind,
      String id,
      String site,
      String utility) {
    boolean chaoJi = kind.equalsIgnoreCase("ChaoJi");
    market.addCharger(
        Market.compliant(
            operator,
            id,
            access,
            kw,
            site,
            null,
            utility,
            chaoJi ? CurrentType.DC : CurrentType.valueOf(kind.toUpperCase(Locale.ROOT)),
            chaoJi ? "CHAOJI" : null));
  }

  @When("{word} charges {word} kWh on {word} from {instant} to {instant} in session {word}")
  public void charges(
      String operator, String kwh, String charger, Instant from, Instant to, String session) {
    market.charge(operator, session, charger, from, to, kwh, null);
  }

  @Given("utility {word} publishes its prices per kWh:")
  public void prices(String utility, DataTable table) {
    for (Map<String, String> row : table.asMaps()) {
      market.price(
          utility,
          row.get("from"),
          Integer.parseInt(row.get("minutes")),
          row.get("price"),
          row.get("currency"));
    }
  }

  @Given(
      "utility {word} publishes a carbon intensity of {int} g per kWh from {int}:00 to {int}:00"
          + " GMT and {int} g per kWh at the other hours of {word}")
  public void carbon(String utility, int low, int from, int to, int other, String month) {
    YearMonth period = YearMonth.parse(month);
    Instant end = period.plusMonths(1).atDay(1).atStartOfDay(market.zone()).toInstant();
    for (Instant h = period.atDay(1).atStartOfDay(market.zone()).toInstant();
        h.isBefore(end);
        h = h.plus(1, ChronoUnit.HOURS)) {
      int hour = h.atZone(ZoneOffset.UTC).getHour();
      market.carbon(utility, h, BigDecimal.valueOf(hour >= from && hour < to ? low : other));
    }
  }

  @Then("{word} owes {word} for session {word} at the published prices:")
  public void atPublishedPrices(String operator, String utility, String session, DataTable table) {
    List<String> actual =
        lines(session, Component.ENERGY).stream()
            .filter(l -> l.payer().equals(operator) && l.payee().equals(utility))
            .map(
                l ->
                    l.windowClass()
                        + " "
                        + l.quantity().stripTrailingZeros().toPlainString()
                        + " x "
                        + l.rate().stripTrailingZeros().toPlainString()
                        + " = "
                        + l.amount())
            .toList();
    assertThat(actual)
        .containsExactlyInAnyOrderElementsOf(
            table.asMaps().stream()
                .map(
                    r ->
                        "DYNAMIC "
                            + r.get("kWh")
                            + " x "
                            + new BigDecimal(r.get("price")).stripTrailingZeros().toPlainString()
                            + " = "
                            + r.get("amount")
                            + " "
                            + r.get("currency"))
                .toList());
  }

  @Then(
      "the regulator's workbook reports {word}'s charging as {word} kg CO2, with {word} % of its"
          + " energy in the lowest-carbon hours")
  public void carbonReported(String operator, String kg, String percent) throws IOException {
    Map<String, String> measures = new java.util.HashMap<>();
    try (var wb = WorkbookFactory.create(market.regulatorWorkbook().toFile())) {
      for (var row : wb.getSheet("Carbon")) {
        if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().equals(operator)) {
          measures.put(
              row.getCell(1).getStringCellValue(),
              BigDecimal.valueOf(row.getCell(3).getNumericCellValue()).toPlainString());
        }
      }
    }
    assertThat(new BigDecimal(measures.get("carbon kg CO2"))).isEqualByComparingTo(kg);
    assertThat(new BigDecimal(measures.get("carbon low-carbon hours percent")))
        .isEqualByComparingTo(percent);
  }

  @Then("the regulator's workbook shows the fund paying {word} {word} CNY")
  public void fundPays(String operator, String amount) throws IOException {
    try (var wb = WorkbookFactory.create(market.regulatorWorkbook().toFile())) {
      var subsidies = wb.getSheet("Subsidies");
      BigDecimal paid = null;
      for (var row : subsidies) {
        if (row.getRowNum() > 0
            && row.getCell(0) != null
            && operator.equals(row.getCell(0).getStringCellValue())) {
          paid = BigDecimal.valueOf(row.getCell(2).getNumericCellValue());
          break;
        }
      }
      assertThat(paid).as("the fund's payments to " + operator).isEqualByComparingTo(amount);
    }
  }

  @Then("{word} owes {word} {word} {word} for {word} kWh of {word} energy in session {word}")
  public void energy(
      String operator,
      String utility,
      String amount,
      String currency,
      String kwh,
      String window,
      String session) {
    assertThat(lines(session, Component.ENERGY))
        .filteredOn(l -> l.windowClass().name().equals(window))
        .singleElement()
        .satisfies(l -> paid(l, operator, utility, amount, currency, kwh));
  }

  @Then("{word} owes {word} a standing charge of {word} {word} for session {word}")
  public void standingCharge(
      String operator, String utility, String amount, String currency, String session) {
    assertThat(lines(session, Component.of("STANDING_CHARGE")))
        .singleElement()
        .satisfies(l -> paid(l, operator, utility, amount, currency, "1"));
  }

  @Then("{word} pays {word} a service fee of {word} CNY for {word} kWh of session {word}")
  public void serviceFee(
      String operator, String utility, String amount, String kwh, String session) {
    assertThat(lines(session, Component.of("SERVICE_FEE")))
        .singleElement()
        .satisfies(l -> paid(l, operator, utility, amount, "CNY", kwh));
  }

  @Then("the fund pays {word} an ultrafast bonus of {word} CNY for {word} kWh of session {word}")
  public void ultrafastBonus(String operator, String amount, String kwh, String session) {
    String fund = market.selection().pack().manifest().fundId();
    assertThat(lines(session, Component.of("ULTRAFAST_BONUS")))
        .singleElement()
        .satisfies(l -> paid(l, fund, operator, amount, "CNY", kwh));
  }

  @Then("no ultrafast bonus is paid for session {word}")
  public void noBonus(String session) {
    assertThat(lines(session, Component.of("ULTRAFAST_BONUS"))).isEmpty();
  }

  private static void paid(
      PolicyLine l, String payer, String payee, String amount, String currency, String qty) {
    assertThat(l.payer()).isEqualTo(payer);
    assertThat(l.payee()).isEqualTo(payee);
    assertThat(l.quantity()).isEqualByComparingTo(new BigDecimal(qty));
    assertThat(l.amount().amount()).isEqualByComparingTo(amount);
    assertThat(l.amount().currency().getCurrencyCode()).isEqualTo(currency);
  }

  private List<PolicyLine> lines(String session, Component component) {
    return market.lines().stream()
        .filter(l -> l.recordId().equals(session) && l.component().equals(component))
        .toList();
  }
}
