package org.evsettle.settlement.domain;

import java.util.List;

/**
 * A component as a pack defines it: who pays ({@code payer}) whom ({@code payee}), and whether its
 * quantity is the record's delivered energy ({@code countsEnergy}): energy totals and the valley
 * share add up only those, so a fee priced per kWh is not counted as energy a second time.
 */
public record ComponentDefinition(
    Component component, Payer payer, Payer payee, boolean countsEnergy) {

  private static final List<ComponentDefinition> BUILT_IN =
      List.of(
          new ComponentDefinition(Component.ENERGY, Payer.OPERATOR, Payer.UTILITY, true),
          new ComponentDefinition(Component.V2G_COMPENSATION, Payer.UTILITY, Payer.OPERATOR, false),
          new ComponentDefinition(Component.SUBSIDY, Payer.FUND, Payer.OPERATOR, false),
          new ComponentDefinition(Component.WITHHELD, Payer.OPERATOR, Payer.FUND, false),
          new ComponentDefinition(Component.INCENTIVE, Payer.UTILITY, Payer.OPERATOR, false),
          new ComponentDefinition(Component.DEMAND_CHARGE, Payer.OPERATOR, Payer.UTILITY, false));

  public ComponentDefinition {
    if (payer == payee) {
      throw new IllegalArgumentException(
          component + ": the payer and the payee are both the " + payer.label());
    }
  }

  /** The components of the design, as every pack has them unless it defines them otherwise. */
  public static List<ComponentDefinition> builtIn() {
    return BUILT_IN;
  }
}
