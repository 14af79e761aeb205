package org.evsettle.settlement.ocpi;

import java.util.List;
import java.util.Optional;

/** Prices that apply together when all of the restrictions hold (OCPI TariffElement). */
public record TariffElement(List<PriceComponent> priceComponents, TariffRestrictions restrictions) {

  public TariffElement {
    priceComponents = List.copyOf(priceComponents);
    restrictions = restrictions == null ? TariffRestrictions.NONE : restrictions;
  }

  /** The index of this element's first component of a type: the one that prices that dimension. */
  public Optional<Integer> componentIndex(TariffDimensionType type) {
    for (int i = 0; i < priceComponents.size(); i++) {
      if (priceComponents.get(i).type() == type) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }
}
