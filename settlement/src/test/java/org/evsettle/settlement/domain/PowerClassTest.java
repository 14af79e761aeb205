package org.evsettle.settlement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The power class of a charger from its current type, connector and rated power. */
class PowerClassTest {

  @ParameterizedTest(name = "{0} {1} {2} kW -> {3}")
  @CsvSource(
      nullValues = "-",
      value = {
        // current type reported
        "AC, IEC_62196_T2,       7,     AC",
        "AC, IEC_62196_T2,       22,    AC",
        "AC, GBT_AC,             43.5,  AC",
        "DC, IEC_62196_T2_COMBO, 60,    DC_FAST",
        "DC, GBT_DC,             349.9, DC_FAST",
        "DC, IEC_62196_T2_COMBO, 350,   ULTRAFAST",
        "DC, -,                  350.0, ULTRAFAST",
        "DC, CHADEMO,            20,    DC_FAST",
        // a ChaoJi connector decides alone, in any case
        "DC, CHAOJI,             500,   CHAOJI",
        "-,  chaoji,             60,    CHAOJI",
        // current type not reported: above 43.5 kW it cannot be AC
        "-,  -,                  43.5,  AC",
        "-,  -,                  43.51, DC_FAST",
        "-,  -,                  120,   DC_FAST",
        "-,  GBT_DC,             360,   ULTRAFAST",
      })
  void isDerivedFromWhatTheOperatorRegistered(
      CurrentType current, String connector, String kw, PowerClass expected) {
    assertThat(PowerClass.of(current, connector, new BigDecimal(kw))).isEqualTo(expected);
  }
}
