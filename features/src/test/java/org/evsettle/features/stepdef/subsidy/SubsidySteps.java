package org.evsettle.features.stepdef.subsidy;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import java.util.List;
import org.evsettle.features.world.Market;
import org.evsettle.settlement.domain.Component;
import org.evsettle.settlement.domain.PolicyLine;

/** What the subsidy fund pays operators for public charging, and what it does not. */
public class SubsidySteps {

  private final Market market;

  public SubsidySteps(Market market) {
    this.market = market;
  }

  private List<PolicyLine> subsidies(String session) {
    return market.lines().stream()
        .filter(l -> Component.SUBSIDY.equals(l.component()) && l.recordId().equals(session))
        .toList();
  }

  @Then("the fund pays {word} a subsidy of {word} CNY for {word} kWh of session {word}")
  public void paysSubsidy(String operator, String amount, String kwh, String session) {
    assertThat(subsidies(session))
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.payer()).isEqualTo(market.selection().pack().manifest().fundId());
              assertThat(l.payee()).isEqualTo(operator);
              assertThat(l.quantity()).isEqualByComparingTo(kwh);
              assertThat(l.amount().amount()).isEqualByComparingTo(amount);
            });
  }

  @Then("{word} gets no subsidy for session {word}")
  public void noSubsidy(String operator, String session) {
    assertThat(subsidies(session)).isEmpty();
  }

  @Then("{int} session(s) of {word} get(s) no subsidy because of {string}")
  public void refused(int count, String operator, String category) {
    assertThat(market.evaluation(operator).refusals()).containsEntry(category, (long) count);
  }

  @Then("the subsidy line of session {word} says {string}")
  public void explanation(String session, String text) {
    assertThat(subsidies(session))
        .singleElement()
        .satisfies(l -> assertThat(l.explanation()).contains(text));
  }
}
