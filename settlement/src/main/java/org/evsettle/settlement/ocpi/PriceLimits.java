package org.evsettle.settlement.ocpi;

/**
 * A tariff's min_price and max_price (OCPI 2.2.1): "when the cost of a Charging Session is lower
 * than this amount, the cost of the Session will be equal to this amount", and the converse for
 * max_price. Compared excluding VAT, the one amount a Price always has; when the limit states no
 * amount including VAT, the session's amount including VAT is not known.
 */
final class PriceLimits {

  record Limited(OcpiPrice price, PriceLimit limit) {}

  private PriceLimits() {}

  static Limited apply(OcpiPrice cost, OcpiPrice min, OcpiPrice max) {
    if (min != null && cost.exclVat().compareTo(min.exclVat()) < 0) {
      return new Limited(min, PriceLimit.MIN_PRICE);
    }
    if (max != null && cost.exclVat().compareTo(max.exclVat()) > 0) {
      return new Limited(max, PriceLimit.MAX_PRICE);
    }
    return new Limited(cost, PriceLimit.NONE);
  }
}
