package org.evsettle.rules.model;

import java.math.BigDecimal;
import org.evsettle.settlement.domain.WindowClass;

/**
 * The part of a session's (or a discharge's) energy that falls in one time-of-use class, at that
 * class's rate, and how it was found: by duration, or by the utility's interval readings.
 */
public record EnergyShare(
    Object source, WindowClass windowClass, BigDecimal rate, BigDecimal kwh, String basis) {

  public Object getSource() {
    return source;
  }

  /** Whether this is charged energy (a session's) rather than discharged energy. */
  public boolean isCharging() {
    return source instanceof SessionFact;
  }

  /** The session, or null for a discharge's share. */
  public SessionFact getSession() {
    return source instanceof SessionFact s ? s : null;
  }

  /** The discharge, or null for a session's share. */
  public DischargeFact getDischarge() {
    return source instanceof DischargeFact d ? d : null;
  }

  public WindowClass getWindowClass() {
    return windowClass;
  }

  public BigDecimal getRate() {
    return rate;
  }

  public BigDecimal getKwh() {
    return kwh;
  }

  public String getBasis() {
    return basis;
  }
}
