package org.evsettle.settlement.ocpi;

import java.math.BigDecimal;

/**
 * One price of a tariff element: {@code price} excluding VAT per unit of {@code type}, {@code vat}
 * a percentage (null: no VAT applies, so the price including VAT is the same), {@code stepSize} the
 * block billed (Wh for energy, seconds for times).
 */
public record PriceComponent(
    TariffDimensionType type, BigDecimal price, BigDecimal vat, long stepSize) {

  /** The price of {@code volume} units, with VAT applied. */
  public OcpiPrice costOf(BigDecimal volume) {
    BigDecimal excl = price.multiply(volume);
    BigDecimal incl = vat == null ? excl : excl.multiply(BigDecimal.ONE.add(vat.movePointLeft(2)));
    return new OcpiPrice(excl, incl);
  }
}
