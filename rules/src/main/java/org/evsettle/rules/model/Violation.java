package org.evsettle.rules.model;

/** A charger that fails a compliance requirement, with what was found. */
public record Violation(ChargerFact charger, Requirement requirement, String detail)
    implements RequirementFailure {

  public ChargerFact getCharger() {
    return charger;
  }

  @Override
  public String getChargerId() {
    return charger.getChargerId();
  }

  /** Always {@code null}: the whole charger fails. */
  @Override
  public String getSessionId() {
    return null;
  }

  @Override
  public Requirement getRequirement() {
    return requirement;
  }

  @Override
  public String getDetail() {
    return detail;
  }
}
