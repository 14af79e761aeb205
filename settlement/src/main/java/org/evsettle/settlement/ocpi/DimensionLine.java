package org.evsettle.settlement.ocpi;

import java.math.BigDecimal;

/** A dimension of a period being priced; step_size rounding may still add to its billed volume. */
final class DimensionLine {

  final TariffDimensionType type;
  final boolean reservation;
  final BigDecimal volume;
  final ElementSelector.Choice choice;
  BigDecimal billedVolume;

  DimensionLine(
      TariffDimensionType type,
      boolean reservation,
      BigDecimal volume,
      ElementSelector.Choice choice) {
    this.type = type;
    this.reservation = reservation;
    this.volume = volume;
    this.choice = choice;
    this.billedVolume = volume;
  }

  PricedDimension priced() {
    if (choice == null) {
      return new PricedDimension(type, reservation, volume, billedVolume, null, null, null, null);
    }
    PriceComponent component = choice.component();
    return new PricedDimension(
        type,
        reservation,
        volume,
        billedVolume,
        choice.elementIndex(),
        choice.componentIndex(),
        component,
        component.costOf(billedVolume));
  }
}
