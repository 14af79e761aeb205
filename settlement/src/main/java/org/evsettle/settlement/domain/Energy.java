package org.evsettle.settlement.domain;

import java.math.BigDecimal;
import java.util.Objects;

/** An amount of electrical energy in kilowatt-hours. */
public record Energy(BigDecimal kwh) {

  public static final Energy ZERO = new Energy(BigDecimal.ZERO);

  public Energy {
    Objects.requireNonNull(kwh, "kwh");
  }

  public static Energy kwh(String value) {
    return new Energy(new BigDecimal(value));
  }

  public Energy plus(Energy other) {
    return new Energy(kwh.add(other.kwh));
  }

  public boolean isNegative() {
    return kwh.signum() < 0;
  }

  public boolean isGreaterThan(BigDecimal otherKwh) {
    return kwh.compareTo(otherKwh) > 0;
  }

  /** Energy is equal by value, so 7.080 kWh equals 7.08 kWh. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Energy e && kwh.compareTo(e.kwh) == 0;
  }

  @Override
  public int hashCode() {
    return kwh.stripTrailingZeros().hashCode();
  }

  @Override
  public String toString() {
    return kwh.toPlainString() + " kWh";
  }
}
