package org.evsettle.features.stepdef.period;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.evsettle.features.world.Market;
import org.evsettle.features.world.PackEditor;
import org.evsettle.settlement.domain.Component;
import org.evsettle.settlement.domain.DispatchKind;
import org.evsettle.settlement.domain.LineSubject;
import org.evsettle.settlement.domain.PolicyLine;

/** Steps of policies over the whole period: cards, sites and load-reduction events. */
public class PeriodSteps {

  private final Market market;
  private final PackEditor editor = new PackEditor();

  public PeriodSteps(Market market) {
    this.market = market;
  }

  @Given("the Beijing pack with the market's period-wide policies")
  public void theMarketPack() {
    market.usePacks(
        editor.copy("beijing", Path.of("../rules/src/test/resources/packs/market-rules"), "market"),
        "market");
  }

  @Given(
      "site {word} of {word} is registered with utility {word} and a connection limit of {word} kW")
  public void registered(String site, String operator, String utility, String kw) {
    market.registerSite(site, operator, utility, null, new BigDecimal(kw));
  }

  @Given("site {word} of {word} is registered with utility {word}")
  public void registered(String site, String operator, String utility) {
    market.registerSite(site, operator, utility, null, null);
  }

  @Given("{word} is settled")
  public void settled(String month) {
    market.settlePeriod(month);
  }

  @When(
      "{word} charges {word} kWh on {word} from {time} to {time} in session {word} with card {word}")
  public void charges(
      String operator,
      String kwh,
      String charger,
      String from,
      String to,
      String session,
      String card) {
    market.charge(operator, session, charger, from, to, kwh, card);
  }

  @When("{word} charges {word} kWh on {word} from {word} to {word} on each of these days:")
  public void chargesOnDays(
      String operator, String kwh, String charger, String from, String to, List<String> days) {
    for (String day : days) {
      // one session a day from this hour: the id names both, as an operator's would
      String id = "B-" + day + "-" + from.replace(":", "");
      market.charge(operator, id, charger, day + " " + from, day + " " + to, kwh);
    }
  }

  @When("utility {word} asks site {word} to reduce its load from {time} to {time} in event {word}")
  public void loadReduction(String utility, String site, String from, String to, String event) {
    market.request(utility, event, DispatchKind.LOAD_REDUCTION, from, to, site, null);
  }

  @Then("the fund pays {word} a subsidy of {word} CNY for {word} kWh of card {word}")
  public void cardSubsidy(String operator, String amount, String kwh, String card) {
    assertThat(lines(LineSubject.CARDS, card, Component.SUBSIDY))
        .filteredOn(l -> l.payee().equals(operator))
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.payer()).isEqualTo(market.selection().pack().manifest().fundId());
              assertThat(l.quantity()).isEqualByComparingTo(kwh);
              assertThat(l.amount().amount()).isEqualByComparingTo(amount);
            });
  }

  @Then(
      "{word} pays {word} a demand charge of {word} {word} for {word} kW over the limit of site"
          + " {word}")
  public void demandCharge(
      String operator, String utility, String amount, String currency, String kw, String site) {
    assertThat(lines(LineSubject.SITES, site, Component.DEMAND_CHARGE))
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.payer()).isEqualTo(operator);
              assertThat(l.payee()).isEqualTo(utility);
              assertThat(l.quantity()).isEqualByComparingTo(kw);
              assertThat(l.amount().amount()).isEqualByComparingTo(amount);
              assertThat(l.amount().currency().getCurrencyCode()).isEqualTo(currency);
            });
  }

  @Then("no demand charge is paid for site {word}")
  public void noDemandCharge(String site) {
    assertThat(lines(LineSubject.SITES, site, Component.DEMAND_CHARGE)).isEmpty();
  }

  @Then("{word} pays {word} {word} CNY for {word} kWh of load reduction in event {word}")
  public void loadReductionPaid(
      String utility, String operator, String amount, String kwh, String event) {
    assertThat(lines(LineSubject.DISPATCH, event, Component.INCENTIVE))
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.payer()).isEqualTo(utility);
              assertThat(l.payee()).isEqualTo(operator);
              assertThat(l.quantity()).isEqualByComparingTo(kwh);
              assertThat(l.amount().amount()).isEqualByComparingTo(amount);
            });
  }

  @Then("nothing is paid for event {word}")
  public void nothingForEvent(String event) {
    assertThat(market.lines()).noneMatch(l -> l.recordId().equals(event));
  }

  @Then("the line of {word} says {string}")
  public void says(String subject, String text) {
    says(subject, null, text);
  }

  @Then("the line of {word} with {word} says {string}")
  public void says(String subject, String party, String text) {
    assertThat(market.lines())
        .filteredOn(l -> l.recordId().equals(subject) && l.recordType() != LineSubject.SESSIONS)
        .filteredOn(l -> party == null || l.payer().equals(party) || l.payee().equals(party))
        .singleElement()
        .satisfies(l -> assertThat(l.explanation()).contains(text));
  }

  private List<PolicyLine> lines(LineSubject subject, String id, Component component) {
    return market.lines().stream()
        .filter(l -> l.recordType() == subject && l.recordId().equals(id))
        .filter(l -> l.component().equals(component))
        .toList();
  }
}
