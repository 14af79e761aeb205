package org.evsettle.settlement.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A charge point as its operator registers it, with the security facts the compliance policies
 * judge. Optional facts are {@code null} when the operator did not report them.
 */
public record Charger(
    String chargerId,
    String operatorId,
    String siteId,
    String utilityId,
    String district,
    AccessType access,
    BigDecimal ratedPowerKw,
    Boolean v2gCapable,
    Integer ocppSecurityProfile,
    String firmwareVersion,
    Boolean firmwareSigned,
    Boolean defaultCredentialsChanged,
    LocalDate tlsCertExpires,
    SignedMetering signedMetering,
    RecordStatus status)
    implements InputRecord {

  @Override
  public RecordType type() {
    return RecordType.CHARGERS;
  }

  @Override
  public String recordId() {
    return chargerId;
  }

  @Override
  public String canonicalContent() {
    return InputRecord.canonical(
        chargerId,
        operatorId,
        siteId,
        utilityId,
        district,
        access,
        ratedPowerKw,
        v2gCapable,
        ocppSecurityProfile,
        firmwareVersion,
        firmwareSigned,
        defaultCredentialsChanged,
        tlsCertExpires,
        signedMetering,
        status);
  }
}
