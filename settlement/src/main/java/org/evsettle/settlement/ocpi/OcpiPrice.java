package org.evsettle.settlement.ocpi;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * OCPI's Price: an amount excluding VAT and, when known, including it. Full scale, never rounded
 * here: OCPI rounds only where a party shows an amount.
 */
public record OcpiPrice(BigDecimal exclVat, BigDecimal inclVat) {

  public static final OcpiPrice ZERO = new OcpiPrice(BigDecimal.ZERO, BigDecimal.ZERO);

  public OcpiPrice {
    Objects.requireNonNull(exclVat, "exclVat");
  }

  /** The sum; including VAT is unknown when either side's is. */
  public OcpiPrice plus(OcpiPrice other) {
    return new OcpiPrice(
        exclVat.add(other.exclVat),
        inclVat == null || other.inclVat == null ? null : inclVat.add(other.inclVat));
  }
}
