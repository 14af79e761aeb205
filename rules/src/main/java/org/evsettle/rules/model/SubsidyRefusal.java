package org.evsettle.rules.model;

/**
 * A public charging session that gets no subsidy: a short category for counting ("late report", "no
 * station rating", "annual cap reached") and the reason in full.
 */
public record SubsidyRefusal(SessionFact session, String category, String reason) {

  /** The session refused: rules of several categories may refuse the same one. */
  public record Key(String operatorId, String sessionId) {}

  public Key key() {
    return new Key(session.getOperatorId(), session.getSessionId());
  }

  public SessionFact getSession() {
    return session;
  }

  public String getCategory() {
    return category;
  }

  public String getReason() {
    return reason;
  }
}
