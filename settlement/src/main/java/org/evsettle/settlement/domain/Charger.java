package org.evsettle.settlement.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A charge point as its operator registers it, with the security facts the compliance policies
 * judge and the current type and connector its {@link PowerClass} is derived from. Optional facts
 * are {@code null} when the operator did not report them.
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
    CurrentType currentType,
    String connector,
    String meterPublicKey,
    String meterSerial,
    RecordStatus status)
    implements InputRecord {

  /** A charger with no meter key or serial registered. */
  public Charger(
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
      CurrentType currentType,
      String connector,
      RecordStatus status) {
    this(
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
        currentType,
        connector,
        null,
        null,
        status);
  }

  /** The same charger with its meter's public key (hex DER) and serial registered. */
  public Charger withMeter(String publicKey, String serial) {
    return new Charger(
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
        currentType,
        connector,
        publicKey,
        serial,
        status);
  }

  @Override
  public RecordType type() {
    return RecordType.CHARGERS;
  }

  @Override
  public String recordId() {
    return chargerId;
  }

  /** The class regulators' policies know this charger by. */
  public PowerClass powerClass() {
    return PowerClass.of(currentType, connector, ratedPowerKw);
  }

  @Override
  public String canonicalContent() {
    String content =
        InputRecord.canonical(
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
    // rows sent before current_type and connector existed are stored with the hash of this
    // content: a row that reports neither must stay a duplicate of them, not become a correction
    if (currentType == null && connector == null && meterPublicKey == null && meterSerial == null) {
      return content;
    }
    String withPowerClass = InputRecord.canonical(content, currentType, connector);
    // likewise rows sent before the meter's key and serial existed
    if (meterPublicKey == null && meterSerial == null) {
      return withPowerClass;
    }
    return InputRecord.canonical(withPowerClass, meterPublicKey, meterSerial);
  }
}
