package org.evsettle.settlement.ocpi;

/** OCPI TariffType: which drivers a tariff is for. The pricer does not look at it. */
public enum TariffType {
  AD_HOC_PAYMENT,
  PROFILE_CHEAPEST,
  PROFILE_FASTEST,
  PROFILE_GREEN,
  REGULAR
}
