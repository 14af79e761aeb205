package org.evsettle.features.stepdef.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import org.evsettle.features.world.Market;
import org.evsettle.settlement.domain.Component;

/** Cybersecurity requirements, the violations found and the subsidies they withhold. */
public class ComplianceSteps {

  private final Market market;

  public ComplianceSteps(Market market) {
    this.market = market;
  }

  @Then("{word} is listed as failing {word} \\({string}), citing {string}")
  public void fails(String charger, String requirement, String detail, String reference) {
    String operator = market.charger(charger).operatorId();
    assertThat(market.evaluation(operator).violations())
        .filteredOn(v -> v.chargerId().equals(charger))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.requirement()).isEqualTo(requirement);
              assertThat(v.detail()).isEqualTo(detail);
              assertThat(v.reference()).contains(reference);
            });
  }

  @Then("{word} meets every cybersecurity requirement")
  public void compliant(String charger) {
    String operator = market.charger(charger).operatorId();
    assertThat(market.evaluation(operator).violations())
        .noneMatch(v -> v.chargerId().equals(charger));
  }

  @Then("the subsidy of {word} CNY for session {word} is withheld: {word} pays it back to the fund")
  public void withheld(String amount, String session, String operator) {
    assertThat(market.lines())
        .filteredOn(l -> Component.WITHHELD.equals(l.component()) && l.recordId().equals(session))
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.payer()).isEqualTo(operator);
              assertThat(l.payee()).isEqualTo(market.selection().pack().manifest().fundId());
              assertThat(l.amount().amount()).isEqualByComparingTo(amount);
            });
  }

  @Then("the meter values of session {word} are {word}: {string}")
  public void meterVerdict(String session, String verdict, String reason) {
    assertThat(market.meterVerdicts())
        .filteredOn(v -> v.sessionId().equals(session))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.verdict()).isEqualTo(verdict);
              assertThat(v.reason()).isEqualTo(reason);
            });
  }

  @Then("the auditor's workbook lists the meter values of session {word} as {word}: {string}")
  public void auditorListsVerdict(String session, String verdict, String reason)
      throws java.io.IOException {
    assertThat(auditorsMeterValues(session)).containsExactly(verdict + ": " + reason);
  }

  @Then("the auditor's workbook does not list the meter values of session {word}")
  public void auditorDoesNotList(String session) throws java.io.IOException {
    assertThat(auditorsMeterValues(session)).isEmpty();
  }

  /** "VERDICT: reason" of each row of the session on the auditor's Meter values sheet. */
  private java.util.List<String> auditorsMeterValues(String session) throws java.io.IOException {
    try (var wb =
        org.apache.poi.ss.usermodel.WorkbookFactory.create(
            market.auditorWorkbook().toFile(), null, true)) {
      var sheet = wb.getSheet("Meter values");
      assertThat(sheet).as("the auditor's Meter values sheet").isNotNull();
      java.util.List<String> rows = new java.util.ArrayList<>();
      for (var row : sheet) {
        if (row.getRowNum() > 0 && row.getCell(1).getStringCellValue().equals(session)) {
          rows.add(
              row.getCell(4).getStringCellValue() + ": " + row.getCell(5).getStringCellValue());
        }
      }
      return rows;
    }
  }

  @Then("the meter values of session {word} are not checked")
  public void meterNotChecked(String session) {
    assertThat(market.meterVerdicts()).noneMatch(v -> v.sessionId().equals(session));
  }

  @Then("the withheld subsidy of session {word} is explained: {string}")
  public void withheldExplained(String session, String explanation) {
    assertThat(market.lines())
        .filteredOn(l -> Component.WITHHELD.equals(l.component()) && l.recordId().equals(session))
        .singleElement()
        .satisfies(l -> assertThat(l.explanation()).isEqualTo(explanation));
  }

  @Then("no charger of {word} is listed as failing {word}")
  public void noChargerFails(String operator, String requirement) {
    assertThat(market.evaluation(operator).violations())
        .noneMatch(v -> v.requirement().equals(requirement));
  }

  @Then("nothing is withheld for session {word}")
  public void notWithheld(String session) {
    assertThat(market.lines())
        .noneMatch(l -> Component.WITHHELD.equals(l.component()) && l.recordId().equals(session));
  }
}
