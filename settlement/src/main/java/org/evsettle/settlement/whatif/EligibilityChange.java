package org.evsettle.settlement.whatif;

import java.math.BigDecimal;

/**
 * A session subsidised in one settlement and not in the other. The subsidy is what the fund pays
 * for the session less what is paid back to the fund (a withheld subsidy); a session is subsidised
 * when that is more than zero. {@code draftRefusal} is why the draft refused it, if it said.
 */
public record EligibilityChange(
    String operatorId,
    String sessionId,
    BigDecimal latestSubsidy,
    BigDecimal draftSubsidy,
    String currency,
    String draftRefusal) {

  public boolean subsidisedInDraft() {
    return draftSubsidy.signum() > 0;
  }
}
