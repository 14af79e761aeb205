package org.evsettle.rules.engine;

import java.util.List;
import org.evsettle.settlement.domain.CarbonIntensity;
import org.evsettle.settlement.domain.UtilityPrice;

/**
 * What utilities publish over a period, as a partition reads it: the price of each interval (packs
 * that price energy at them) and the grid's carbon intensity of each hour (the carbon of charging,
 * reported). Small: a few thousand values per utility and month.
 */
public record UtilitySeries(List<UtilityPrice> prices, List<CarbonIntensity> carbon) {

  public static final UtilitySeries NONE = new UtilitySeries(List.of(), List.of());

  public UtilitySeries {
    prices = List.copyOf(prices);
    carbon = List.copyOf(carbon);
  }
}
