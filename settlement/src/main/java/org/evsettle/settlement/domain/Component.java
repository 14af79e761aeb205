package org.evsettle.settlement.domain;

import java.util.List;

/**
 * What a settlement line pays for: a name. The components of the design are built in; a policy pack
 * declares more of its own (a standing charge, a service fee), each with who pays whom and whether
 * its quantity is the record's energy ({@link ComponentDefinition}). Built-in components sort in
 * the order below, a pack's own after them by name.
 */
public record Component(String name) implements Comparable<Component> {
  /** Operator pays the utility for charged energy. */
  public static final Component ENERGY = new Component("ENERGY");

  /** Utility pays the operator for energy fed back by V2G discharge. */
  public static final Component V2G_COMPENSATION = new Component("V2G_COMPENSATION");

  /** The subsidy fund pays the operator for public charging. */
  public static final Component SUBSIDY = new Component("SUBSIDY");

  /** The operator owes back a subsidy that a compliance failure blocks. */
  public static final Component WITHHELD = new Component("WITHHELD");

  /** Utility pays the operator for demand response and other incentives. */
  public static final Component INCENTIVE = new Component("INCENTIVE");

  /** The operator of a site pays its utility for demand over the site's connection limit. */
  public static final Component DEMAND_CHARGE = new Component("DEMAND_CHARGE");

  private static final List<Component> BUILT_IN =
      List.of(ENERGY, V2G_COMPENSATION, SUBSIDY, WITHHELD, INCENTIVE, DEMAND_CHARGE);

  public Component {
    BuiltInNames.checked(name, 20, "component name");
  }

  public static Component of(String name) {
    return new Component(name);
  }

  public static List<Component> builtIn() {
    return BUILT_IN;
  }

  @Override
  public int compareTo(Component other) {
    return BuiltInNames.compare(BUILT_IN, this, name, other, other.name);
  }

  @Override
  public String toString() {
    return name;
  }
}
