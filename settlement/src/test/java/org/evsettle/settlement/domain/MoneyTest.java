package org.evsettle.settlement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class MoneyTest {

  @Test
  void roundsOnceToTheCurrencysMinorUnitWithTheGivenMode() {
    // 10 kWh x 0.3946 CNY = 3.946 -> 3.95 half-up; 0.125 -> 0.13 half-up but 0.12 half-even
    assertThat(
            Money.of("0.3946", "CNY")
                .times(BigDecimal.TEN)
                .roundedToMinorUnit(RoundingMode.HALF_UP))
        .isEqualTo(Money.of("3.95", "CNY"));
    assertThat(Money.of("0.125", "CNY").roundedToMinorUnit(RoundingMode.HALF_UP).amount())
        .isEqualByComparingTo("0.13");
    assertThat(Money.of("0.125", "CNY").roundedToMinorUnit(RoundingMode.HALF_EVEN).amount())
        .isEqualByComparingTo("0.12");
    assertThat(Money.of("7", "JPY").roundedToMinorUnit(RoundingMode.HALF_UP).amount().scale())
        .isZero();
  }

  @Test
  void keepsFullScaleBetweenOperations() {
    Money m = Money.of("1.0044", "CNY").times(new BigDecimal("0.333333"));
    assertThat(m.amount()).isEqualByComparingTo("0.3347996652");
  }

  @Test
  void refusesToMixCurrencies() {
    assertThatThrownBy(() -> Money.of("1", "CNY").plus(Money.of("1", "EUR")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CNY")
        .hasMessageContaining("EUR");
  }

  @Test
  void isEqualByValueNotByScale() {
    assertThat(Money.of("1.0", "CNY")).isEqualTo(Money.of("1.00", "CNY"));
    assertThat(Money.of("1.0", "CNY")).hasSameHashCodeAs(Money.of("1.00", "CNY"));
    assertThat(Money.of("1", "CNY")).isNotEqualTo(Money.of("1", "EUR"));
  }
}
