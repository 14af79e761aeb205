package org.evsettle.features.stepdef.v2g;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import org.evsettle.features.world.Market;
import org.evsettle.settlement.domain.Component;

/** What utilities pay operators for energy fed back by V2G, and the dispatch bonus. */
public class V2gSteps {

  private final Market market;

  public V2gSteps(Market market) {
    this.market = market;
  }

  @Then(
      "{word} pays {word} {word} CNY for {word} kWh discharged in {word} hours in discharge {word}")
  public void compensation(
      String utility, String operator, String amount, String kwh, String window, String discharge) {
    assertThat(market.lines())
        .filteredOn(
            l ->
                Component.V2G_COMPENSATION.equals(l.component())
                    && l.recordId().equals(discharge)
                    && l.windowClass().name().equals(window))
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.payer()).isEqualTo(utility);
              assertThat(l.payee()).isEqualTo(operator);
              assertThat(l.quantity()).isEqualByComparingTo(kwh);
              assertThat(l.amount().amount()).isEqualByComparingTo(amount);
            });
  }

  @Then("{word} pays {word} a dispatch bonus of {word} CNY for {word} kWh of discharge {word}")
  public void bonus(String utility, String operator, String amount, String kwh, String discharge) {
    assertThat(market.lines())
        .filteredOn(
            l -> Component.INCENTIVE.equals(l.component()) && l.recordId().equals(discharge))
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.payer()).isEqualTo(utility);
              assertThat(l.payee()).isEqualTo(operator);
              assertThat(l.quantity()).isEqualByComparingTo(kwh);
              assertThat(l.amount().amount()).isEqualByComparingTo(amount);
            });
  }

  @Then("no dispatch bonus is paid for discharge {word}")
  public void noBonus(String discharge) {
    assertThat(market.lines())
        .noneMatch(
            l -> Component.INCENTIVE.equals(l.component()) && l.recordId().equals(discharge));
  }
}
