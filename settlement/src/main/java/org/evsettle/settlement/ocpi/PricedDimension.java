package org.evsettle.settlement.ocpi;

import java.math.BigDecimal;

/**
 * One dimension of a priced period. {@code volume} is what the CDR states (kWh for ENERGY, hours
 * for TIME and PARKING_TIME, 1 for FLAT); {@code billedVolume} the same plus, on the last period of
 * its dimension, what step_size rounding adds. {@code reservation} marks a TIME (or FLAT) of a
 * reservation, priced on the period's RESERVATION_TIME. When no element prices the dimension,
 * {@code elementIndex}, {@code componentIndex}, {@code component} and {@code cost} are null.
 */
public record PricedDimension(
    TariffDimensionType type,
    boolean reservation,
    BigDecimal volume,
    BigDecimal billedVolume,
    Integer elementIndex,
    Integer componentIndex,
    PriceComponent component,
    OcpiPrice cost) {

  public boolean isPriced() {
    return component != null;
  }
}
