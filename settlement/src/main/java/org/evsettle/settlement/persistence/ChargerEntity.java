package org.evsettle.settlement.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A stored version of a charger registration. */
@Entity
@Table(name = "charger")
public class ChargerEntity extends VersionedRowEntity {

  @Column(name = "operator_id", nullable = false)
  private String operatorId;

  @Column(name = "site_id", nullable = false)
  private String siteId;

  @Column(name = "utility_id", nullable = false)
  private String utilityId;

  private String district;

  @Column(nullable = false)
  private String access;

  @Column(name = "rated_power_kw", nullable = false, precision = 12, scale = 3)
  private BigDecimal ratedPowerKw;

  @Column(name = "v2g_capable")
  private Boolean v2gCapable;

  @Column(name = "ocpp_security_profile")
  private Integer ocppSecurityProfile;

  @Column(name = "firmware_version")
  private String firmwareVersion;

  @Column(name = "firmware_signed")
  private Boolean firmwareSigned;

  @Column(name = "default_credentials_changed")
  private Boolean defaultCredentialsChanged;

  @Column(name = "tls_cert_expires")
  private LocalDate tlsCertExpires;

  @Column(name = "signed_metering")
  private String signedMetering;

  @Column(name = "current_type")
  private String currentType;

  private String connector;

  @Column(name = "meter_public_key")
  private String meterPublicKey;

  @Column(name = "meter_serial")
  private String meterSerial;

  public String getOperatorId() {
    return operatorId;
  }

  public String getSiteId() {
    return siteId;
  }

  public String getUtilityId() {
    return utilityId;
  }

  public String getDistrict() {
    return district;
  }

  public String getAccess() {
    return access;
  }

  public BigDecimal getRatedPowerKw() {
    return ratedPowerKw;
  }

  public Boolean getV2gCapable() {
    return v2gCapable;
  }

  public Integer getOcppSecurityProfile() {
    return ocppSecurityProfile;
  }

  public String getFirmwareVersion() {
    return firmwareVersion;
  }

  public Boolean getFirmwareSigned() {
    return firmwareSigned;
  }

  public Boolean getDefaultCredentialsChanged() {
    return defaultCredentialsChanged;
  }

  public LocalDate getTlsCertExpires() {
    return tlsCertExpires;
  }

  public String getSignedMetering() {
    return signedMetering;
  }

  public String getCurrentType() {
    return currentType;
  }

  public String getConnector() {
    return connector;
  }

  public String getMeterPublicKey() {
    return meterPublicKey;
  }

  public String getMeterSerial() {
    return meterSerial;
  }
}
