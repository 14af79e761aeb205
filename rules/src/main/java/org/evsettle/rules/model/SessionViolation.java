package org.evsettle.rules.model;

/**
 * A charging session that fails a compliance requirement (CS-5: its signed meter values do not
 * verify), with what was found. Only that session's subsidy is withheld, not the charger's.
 */
public record SessionViolation(SessionFact session, Requirement requirement, String detail)
    implements RequirementFailure {

  public SessionFact getSession() {
    return session;
  }

  @Override
  public String getChargerId() {
    return session.getChargerId();
  }

  @Override
  public String getSessionId() {
    return session.getSessionId();
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
