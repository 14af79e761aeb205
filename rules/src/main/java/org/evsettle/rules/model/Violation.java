package org.evsettle.rules.model;

/** A charger that fails a compliance requirement, with what was found. */
public record Violation(ChargerFact charger, Requirement requirement, String detail) {

  public ChargerFact getCharger() {
    return charger;
  }

  public String getChargerId() {
    return charger.getChargerId();
  }

  public Requirement getRequirement() {
    return requirement;
  }

  public String getDetail() {
    return detail;
  }
}
