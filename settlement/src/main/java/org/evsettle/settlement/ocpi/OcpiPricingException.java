package org.evsettle.settlement.ocpi;

/**
 * A CDR that a tariff cannot price: another currency, or no tariff valid at the session's start.
 */
public class OcpiPricingException extends RuntimeException {

  public OcpiPricingException(String message) {
    super(message);
  }
}
