package org.evsettle.settlement.domain;

/** What a settlement line pays for; each has a fixed direction of payment. */
public enum Component {
  /** Operator pays the utility for charged energy. */
  ENERGY,
  /** Utility pays the operator for energy fed back by V2G discharge. */
  V2G_COMPENSATION,
  /** The subsidy fund pays the operator for public charging. */
  SUBSIDY,
  /** The operator owes back a subsidy that a compliance failure blocks. */
  WITHHELD,
  /** Utility pays the operator for demand response and other incentives. */
  INCENTIVE,
  /** The operator of a site pays its utility for demand over the site's connection limit. */
  DEMAND_CHARGE
}
