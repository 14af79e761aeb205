package org.evsettle.rules.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.evsettle.settlement.domain.AccessType;
import org.evsettle.settlement.domain.Charger;
import org.evsettle.settlement.domain.CurrentType;
import org.evsettle.settlement.domain.PowerClass;
import org.evsettle.settlement.domain.SignedMetering;

/**
 * A registered charger as the rules see it. Unreported security facts, current type and connector
 * are {@code null}; the power class never is.
 */
public class ChargerFact {

  private final Charger charger;
  // derived once: rules may read it in many constraints
  private final PowerClass powerClass;

  public ChargerFact(Charger charger) {
    this.charger = charger;
    this.powerClass = charger.powerClass();
  }

  public Charger charger() {
    return charger;
  }

  public String getChargerId() {
    return charger.chargerId();
  }

  public String getOperatorId() {
    return charger.operatorId();
  }

  public String getSiteId() {
    return charger.siteId();
  }

  public String getUtilityId() {
    return charger.utilityId();
  }

  public String getDistrict() {
    return charger.district();
  }

  public AccessType getAccess() {
    return charger.access();
  }

  /** PUBLIC access ({@code publicAccess} in rules: {@code public} is a Java keyword). */
  public boolean isPublicAccess() {
    return charger.access() == AccessType.PUBLIC;
  }

  public BigDecimal getRatedPowerKw() {
    return charger.ratedPowerKw();
  }

  public Integer getOcppSecurityProfile() {
    return charger.ocppSecurityProfile();
  }

  public Boolean getFirmwareSigned() {
    return charger.firmwareSigned();
  }

  public Boolean getDefaultCredentialsChanged() {
    return charger.defaultCredentialsChanged();
  }

  public LocalDate getTlsCertExpires() {
    return charger.tlsCertExpires();
  }

  public SignedMetering getSignedMetering() {
    return charger.signedMetering();
  }

  /** AC, DC, or {@code null} when the operator did not report it (see {@link #getPowerClass}). */
  public CurrentType getCurrentType() {
    return charger.currentType();
  }

  /** The plug standard as OCPI names it ({@code GBT_DC}, {@code CHAOJI}), or {@code null}. */
  public String getConnector() {
    return charger.connector();
  }

  /** Always known: inferred from the rated power where the current type was not reported. */
  public PowerClass getPowerClass() {
    return powerClass;
  }

  @Override
  public String toString() {
    return "charger " + charger.chargerId();
  }
}
