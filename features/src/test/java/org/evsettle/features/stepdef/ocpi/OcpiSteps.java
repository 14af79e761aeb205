package org.evsettle.features.stepdef.ocpi;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.evsettle.features.world.Market;
import org.evsettle.settlement.domain.Component;
import org.evsettle.settlement.domain.PolicyLine;

/**
 * Operators that send OCPI 2.2.1 tariffs and CDRs (UK pack): each CDR is priced again with its
 * tariff as published at the session's start, in London time; what the price checks found is read
 * from the regulator's workbook ("Price checks"), what a session cost above the price cap from the
 * exports' lines. Scenarios tagged {@code @pipeline} only: the files go to the home's inbox.
 */
public class OcpiSteps {

  private static final String PRICE_CHECK_CDRS = "price check CDRs";
  private static final String PRICE_CHECK_DIFFERENCE = "price check difference incl. VAT";
  private static final Component PRICE_CAP_EXCESS = Component.of("PRICE_CAP_EXCESS");

  private final Market market;
  private final Map<String, OcpiDocuments> documents = new TreeMap<>();
  private final Map<String, Set<String>> findingsChecked = new HashMap<>();
  private boolean periodSet;

  public OcpiSteps(Market market) {
    this.market = market;
  }

  @Given("{word} publishes OCPI tariff {word} on {word}: {word} {word} per kWh with {word} % VAT")
  public void energyTariff(
      String operator, String id, String date, String price, String currency, String vat) {
    documents(operator)
        .tariff(
            id,
            currency,
            published(date),
            OcpiDocuments.element(null, null, OcpiDocuments.component("ENERGY", price, vat)));
    write();
  }

  @Given(
      "{word} publishes OCPI tariff {word} on {word}: {word} {word} per kWh and a start fee of"
          + " {word} {word}, both with {word} % VAT")
  public void energyAndStartFeeTariff(
      String operator,
      String id,
      String date,
      String price,
      String currency,
      String fee,
      String feeCurrency,
      String vat) {
    assertThat(feeCurrency).as("a tariff has one currency").isEqualTo(currency);
    documents(operator)
        .tariff(
            id,
            currency,
            published(date),
            OcpiDocuments.element(
                null,
                null,
                OcpiDocuments.component("ENERGY", price, vat),
                OcpiDocuments.component("FLAT", fee, vat)));
    write();
  }

  @Given(
      "{word} publishes OCPI tariff {word} on {word}, without VAT: {word} {word} per kWh from"
          + " {word} to {word} and {word} {word} per kWh at other times")
  public void timeOfDayTariff(
      String operator,
      String id,
      String date,
      String price,
      String currency,
      String from,
      String to,
      String otherPrice,
      String otherCurrency) {
    assertThat(otherCurrency).as("a tariff has one currency").isEqualTo(currency);
    documents(operator)
        .tariff(
            id,
            currency,
            published(date),
            OcpiDocuments.element(from, to, OcpiDocuments.component("ENERGY", price, null)),
            OcpiDocuments.element(null, null, OcpiDocuments.component("ENERGY", otherPrice, null)));
    write();
  }

  @When(
      "{word} sends CDR {word} for {word} kWh on {word} from {time} to {time} with tariff {word},"
          + " stating {word} {word} excluding and {word} {word} including VAT")
  public void cdr(
      String operator,
      String id,
      String kwh,
      String charger,
      String from,
      String to,
      String tariff,
      String exclVat,
      String currency,
      String inclVat,
      String inclCurrency) {
    assertThat(inclCurrency).as("a CDR has one currency").isEqualTo(currency);
    Instant start = market.local(from);
    if (!periodSet) {
      market.settlePeriod(YearMonth.from(start.atZone(market.zone())).toString());
      periodSet = true;
    }
    documents(operator)
        .cdr(
            id,
            charger,
            market.charger(charger).currentType(),
            start,
            market.local(to),
            kwh,
            tariff,
            currency,
            exclVat,
            inclVat);
    write();
  }

  @Then("{word}'s price checks show {int} CDR(s) whose stated total matches the tariff")
  public void matching(String operator, int count) {
    assertFinding(operator, "stated total matches the tariff", count, null);
  }

  @Then(
      "{word}'s price checks show {int} CDR(s) whose stated total differs from the tariff, by"
          + " {word} {word} in all")
  public void differing(String operator, int count, String difference, String currency) {
    assertThat(currency).isEqualTo(market.selection().pack().manifest().currency());
    assertFinding(operator, "stated total differs from the tariff", count, difference);
  }

  @Then("{word}'s price checks show {int} CDR(s) not priced, for the reason {string}")
  public void notPriced(String operator, int count, String reason) {
    assertFinding(operator, "not priced: " + reason, count, null);
  }

  @Then("{word}'s price checks show nothing else")
  public void nothingElse(String operator) {
    Set<String> found = new TreeSet<>();
    priceChecks(operator).keySet().forEach(k -> found.add(k.substring(k.indexOf(" | ") + 3)));
    assertThat(found)
        .as(operator + "'s findings in the regulator's workbook")
        .isEqualTo(findingsChecked.getOrDefault(operator, Set.of()));
  }

  @Then("{word} owes the redress fund {word} {word} for session {word} priced above the cap")
  public void excess(String operator, String amount, String currency, String session) {
    String fund = market.selection().pack().manifest().fundId();
    assertThat(excessLines(session))
        .as("the price cap excess of session " + session)
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.payer()).isEqualTo(operator);
              assertThat(l.payee()).isEqualTo(fund);
              assertThat(l.amount().amount()).isEqualByComparingTo(amount);
              assertThat(l.amount().currency().getCurrencyCode()).isEqualTo(currency);
            });
  }

  @Then("the excess of session {word} is explained as costing {string}")
  public void excessExplained(String session, String cost) {
    assertThat(excessLines(session))
        .singleElement()
        .satisfies(l -> assertThat(l.explanation()).contains("cost " + cost + ","));
  }

  @Then("no price cap excess is owed for session {word}")
  public void noExcess(String session) {
    assertThat(excessLines(session)).as("the price cap excess of session " + session).isEmpty();
  }

  private void assertFinding(String operator, String finding, int count, String difference) {
    Map<String, String> checks = priceChecks(operator);
    assertThat(checks.get(PRICE_CHECK_CDRS + " | " + finding))
        .as(operator + "'s CDRs of finding '" + finding + "' in " + checks)
        .isNotNull();
    assertThat(new BigDecimal(checks.get(PRICE_CHECK_CDRS + " | " + finding)))
        .as(operator + "'s CDRs of finding '" + finding + "'")
        .isEqualByComparingTo(BigDecimal.valueOf(count));
    String sum = checks.get(PRICE_CHECK_DIFFERENCE + " | " + finding);
    if (difference == null) {
      assertThat(sum).as("a difference of finding '" + finding + "'").isNull();
    } else {
      assertThat(sum).as("the difference of finding '" + finding + "' in " + checks).isNotNull();
      assertThat(new BigDecimal(sum)).isEqualByComparingTo(difference);
    }
    findingsChecked.computeIfAbsent(operator, o -> new TreeSet<>()).add(finding);
  }

  /** An operator's rows of the "Price checks" sheet: "measure | finding" to the value. */
  private Map<String, String> priceChecks(String operator) {
    Map<String, String> rows = new TreeMap<>();
    try (var wb = WorkbookFactory.create(market.regulatorWorkbook().toFile())) {
      var sheet = wb.getSheet("Price checks");
      if (sheet == null) {
        return rows;
      }
      for (Row row : sheet) {
        if (row.getRowNum() > 0 && operator.equals(row.getCell(0).getStringCellValue())) {
          rows.put(
              row.getCell(1).getStringCellValue() + " | " + row.getCell(2).getStringCellValue(),
              BigDecimal.valueOf(row.getCell(3).getNumericCellValue()).toPlainString());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  private List<PolicyLine> excessLines(String session) {
    return market.lines().stream()
        .filter(l -> l.recordId().equals(session) && l.component().equals(PRICE_CAP_EXCESS))
        .toList();
  }

  private OcpiDocuments documents(String operator) {
    return documents.computeIfAbsent(operator, OcpiDocuments::new);
  }

  /** A tariff published on a day: from its start, London time. */
  private Instant published(String date) {
    return LocalDate.parse(date).atStartOfDay(market.zone()).toInstant();
  }

  private void write() {
    if (market.pipelineHome() == null) {
      throw new IllegalStateException("OCPI files are ingested: tag the scenario @pipeline");
    }
    documents.values().forEach(d -> d.writeInto(market.pipelineHome().resolve("inbox")));
  }
}
