package org.evsettle.features.stepdef.tariff;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Then;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.evsettle.features.world.Market;
import org.evsettle.settlement.domain.Component;
import org.evsettle.settlement.domain.PolicyLine;

/** What operators owe utilities for the energy they charged. */
public class EnergySteps {

  private final Market market;

  public EnergySteps(Market market) {
    this.market = market;
  }

  @Then("{word} owes {word} for energy:")
  public void owesForEnergy(String operator, String utility, DataTable expected) {
    List<String> actual =
        market.lines().stream()
            .filter(
                l ->
                    Component.ENERGY.equals(l.component())
                        && l.payer().equals(operator)
                        && l.payee().equals(utility))
            .map(EnergySteps::row)
            .toList();
    assertThat(actual)
        .containsExactlyInAnyOrderElementsOf(
            expected.asMaps().stream().map(EnergySteps::row).toList());
  }

  @Then("{word} owes {word} {word} CNY for energy in all")
  public void owesInAll(String operator, String utility, String total) {
    BigDecimal sum =
        market.lines().stream()
            .filter(
                l ->
                    Component.ENERGY.equals(l.component())
                        && l.payer().equals(operator)
                        && l.payee().equals(utility))
            .map(l -> l.amount().amount())
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(sum).isEqualByComparingTo(total);
  }

  static String row(PolicyLine l) {
    return l.recordId()
        + " "
        + l.windowClass()
        + " "
        + plain(l.quantity())
        + " kWh x "
        + plain(l.rate())
        + " = "
        + l.amount().amount().toPlainString();
  }

  static String row(Map<String, String> r) {
    return r.get("session")
        + " "
        + r.get("window")
        + " "
        + plain(new BigDecimal(r.get("kWh")))
        + " kWh x "
        + plain(new BigDecimal(r.get("rate")))
        + " = "
        + new BigDecimal(r.get("CNY")).setScale(2).toPlainString();
  }

  static String plain(BigDecimal value) {
    return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
  }
}
