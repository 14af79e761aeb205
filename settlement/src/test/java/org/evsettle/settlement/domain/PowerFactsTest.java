package org.evsettle.settlement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which current types, connectors and rated powers cannot go together, and the field at fault. */
class PowerFactsTest {

  @ParameterizedTest(name = "{0} {1} {2} kW -> {3}")
  @CsvSource(
      nullValues = "-",
      value = {
        "AC, IEC_62196_T2,       43.5,  -",
        "AC, IEC_62196_T2,       43.6,  rated_power_kw",
        "-,  -,                  1000,  -",
        "DC, IEC_62196_T2_COMBO, 1000,  -",
        "DC, CHAOJI,             600,   -",
        "-,  chaoji,             600.1, rated_power_kw",
        "AC, CHAOJI,             22,    current_type",
        "AC, CHAOJI,             900,   current_type",
      })
  void namesTheFieldAtFault(CurrentType current, String connector, String kw, String field) {
    var charger = TestChargers.charger(kw, current, connector);
    assertThat(PowerFacts.problem(charger).map(PowerFacts.Problem::field).orElse(null))
        .isEqualTo(field);
  }
}
