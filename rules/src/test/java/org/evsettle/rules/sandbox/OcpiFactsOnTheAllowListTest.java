package org.evsettle.rules.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rules read a session's OCPI figures through the fact model; the OCPI reader and pricer, which
 * read documents (OcpiJson reads files too), stay outside what rule code may use.
 */
class OcpiFactsOnTheAllowListTest {

  private final RuleCodeAllowList list = RuleCodeAllowList.shipped();

  @Test
  void theOcpiFiguresOfASessionMayBeRead() {
    assertThat(list.allowsMember("org/evsettle/rules/model/SessionFact", "getOcpi")).isTrue();
    for (String getter :
        List.of(
            "isPresent",
            "isPriced",
            "getReason",
            "getTariffId",
            "getComputedInclVat",
            "getStatedInclVat",
            "getDifferenceInclVat",
            "getPricePerKwhInclVat",
            "statedDiffersByMoreThan",
            "excessOver")) {
      assertThat(list.allowsMember("org/evsettle/rules/model/OcpiCharge", getter))
          .as(getter)
          .isTrue();
    }
    assertThat(list.allowsMember("org/evsettle/rules/model/OcpiCharge", "getClass")).isFalse();
  }

  @Test
  void theOcpiReaderAndPricerMayNotBeUsed() {
    for (String type :
        List.of(
            "OcpiJson",
            "OcpiPricer",
            "Cdr",
            "Tariff",
            "PricedSession",
            "SessionTotals",
            "OcpiPrice")) {
      assertThat(list.allowsType("org/evsettle/settlement/ocpi/" + type)).as(type).isFalse();
    }
    assertThat(list.allowsType("org/evsettle/rules/engine/OcpiSource")).isFalse();
  }
}
