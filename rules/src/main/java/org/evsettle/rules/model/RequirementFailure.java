package org.evsettle.rules.model;

/**
 * A compliance requirement failed, by a whole charger ({@link Violation}) or by one of its sessions
 * ({@link SessionViolation}); the withholding rules withhold a subsidy line for either.
 */
public interface RequirementFailure {

  String getChargerId();

  /** The session that fails, or {@code null} when the whole charger does. */
  String getSessionId();

  Requirement getRequirement();

  String getDetail();
}
