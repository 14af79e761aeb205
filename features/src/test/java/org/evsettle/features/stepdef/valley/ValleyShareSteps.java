package org.evsettle.features.stepdef.valley;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import org.evsettle.features.world.Market;

/** The share of charging energy in valley hours, per operator and group of posts. */
public class ValleyShareSteps {

  private final Market market;

  public ValleyShareSteps(Market market) {
    this.market = market;
  }

  @Then(
      "{word} charged {word} % of the energy of its {string} in valley hours, against a target of"
          + " {word} %, so it {word} the condition")
  public void share(String operator, String percent, String group, String target, String verdict) {
    assertThat(market.evaluation(operator).valleyShares())
        .filteredOn(v -> v.group().equals(group))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.percent()).isEqualByComparingTo(percent);
              assertThat(v.targetPercent()).isEqualByComparingTo(target);
              assertThat(v.meetsTarget()).isEqualTo(verdict.equals("meets"));
            });
  }
}
