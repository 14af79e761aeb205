package org.evsettle.settlement.ocpi;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A session's totals as a CDR's {@code total_*} fields state them: costs as prices, energy in kWh,
 * times in hours. A null field is one not stated (in a CDR) or not priced (no tariff element
 * applied to that dimension).
 */
public record SessionTotals(
    OcpiPrice totalCost,
    BigDecimal totalEnergy,
    OcpiPrice totalEnergyCost,
    BigDecimal totalTime,
    OcpiPrice totalTimeCost,
    BigDecimal totalParkingTime,
    OcpiPrice totalParkingCost,
    OcpiPrice totalFixedCost,
    OcpiPrice totalReservationCost) {

  /**
   * The stated figures by their OCPI names ({@code total_cost.excl_vat}, {@code total_energy},
   * ...), in the CDR's order; figures not stated are left out.
   */
  public Map<String, BigDecimal> figures() {
    Map<String, BigDecimal> figures = new LinkedHashMap<>();
    price(figures, "total_cost", totalCost);
    put(figures, "total_energy", totalEnergy);
    price(figures, "total_energy_cost", totalEnergyCost);
    put(figures, "total_time", totalTime);
    price(figures, "total_time_cost", totalTimeCost);
    put(figures, "total_parking_time", totalParkingTime);
    price(figures, "total_parking_cost", totalParkingCost);
    price(figures, "total_fixed_cost", totalFixedCost);
    price(figures, "total_reservation_cost", totalReservationCost);
    return figures;
  }

  private static void price(Map<String, BigDecimal> figures, String name, OcpiPrice price) {
    if (price != null) {
      put(figures, name + ".excl_vat", price.exclVat());
      put(figures, name + ".incl_vat", price.inclVat());
    }
  }

  private static void put(Map<String, BigDecimal> figures, String name, BigDecimal value) {
    if (value != null) {
      figures.put(name, value);
    }
  }
}
