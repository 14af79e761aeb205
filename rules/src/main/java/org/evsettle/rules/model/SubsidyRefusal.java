package org.evsettle.rules.model;

/**
 * A public charging session that gets no subsidy: a short category for counting ("late report", "no
 * station rating", "annual cap reached") and the reason in full.
 */
public record SubsidyRefusal(SessionFact session, String category, String reason) {

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
