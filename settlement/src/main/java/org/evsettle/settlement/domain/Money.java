package org.evsettle.settlement.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of a currency. Intermediate values keep their full scale; {@link #roundedToMinorUnit}
 * is the one place where an amount is rounded, once per settlement line.
 */
public record Money(BigDecimal amount, Currency currency) {

  public Money {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
  }

  public static Money of(String amount, String currencyCode) {
    return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
  }

  public static Money zero(Currency currency) {
    return new Money(BigDecimal.ZERO, currency);
  }

  public Money plus(Money other) {
    return new Money(amount.add(sameCurrency(other).amount), currency);
  }

  public Money minus(Money other) {
    return new Money(amount.subtract(sameCurrency(other).amount), currency);
  }

  public Money times(BigDecimal factor) {
    return new Money(amount.multiply(factor), currency);
  }

  public Money negate() {
    return new Money(amount.negate(), currency);
  }

  public Money roundedToMinorUnit(RoundingMode mode) {
    return new Money(amount.setScale(currency.getDefaultFractionDigits(), mode), currency);
  }

  /**
   * An amount as the ledger stored it (at a scale that holds every currency's minor unit), at its
   * currency's own scale again.
   *
   * @throws ArithmeticException when it has more decimals than its currency
   */
  public static Money stored(BigDecimal amount, Currency currency) {
    return new Money(
        amount.setScale(currency.getDefaultFractionDigits(), RoundingMode.UNNECESSARY), currency);
  }

  public boolean isNegative() {
    return amount.signum() < 0;
  }

  private Money sameCurrency(Money other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException(
          "cannot combine " + currency + " with " + other.currency + " amounts");
    }
    return other;
  }

  /** Money is equal by value, so 1.0 CNY equals 1.00 CNY. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Money m && currency.equals(m.currency) && amount.compareTo(m.amount) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(amount.stripTrailingZeros(), currency);
  }

  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency.getCurrencyCode();
  }
}
