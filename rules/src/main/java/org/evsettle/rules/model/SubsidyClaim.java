package org.evsettle.rules.model;

import java.math.BigDecimal;
import org.evsettle.settlement.domain.StationGrade;

/** A session that qualifies for the operator subsidy, before and after the annual cap. */
public class SubsidyClaim {

  private final SessionFact session;
  private final StationGrade grade;
  private final BigDecimal rate;
  private BigDecimal grantedKwh;
  private boolean capApplied;

  public SubsidyClaim(SessionFact session, StationGrade grade, BigDecimal rate) {
    this.session = session;
    this.grade = grade;
    this.rate = rate;
  }

  public SessionFact getSession() {
    return session;
  }

  public String getChargerId() {
    return session.getChargerId();
  }

  public long getSequence() {
    return session.getSequence();
  }

  public StationGrade getGrade() {
    return grade;
  }

  public BigDecimal getRate() {
    return rate;
  }

  public BigDecimal getClaimedKwh() {
    return session.getEnergyKwh();
  }

  public BigDecimal getGrantedKwh() {
    return grantedKwh;
  }

  public BigDecimal getCappedKwh() {
    return grantedKwh == null ? BigDecimal.ZERO : getClaimedKwh().subtract(grantedKwh);
  }

  public boolean isCapApplied() {
    return capApplied;
  }

  /** Grants what the charger's cap still allows; called once, in session order. */
  public void applyCap(CapAccount account) {
    grantedKwh = account.take(getClaimedKwh());
    capApplied = true;
  }
}
