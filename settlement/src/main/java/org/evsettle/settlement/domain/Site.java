package org.evsettle.settlement.domain;

import java.math.BigDecimal;

/**
 * A site as the operator that runs it (and is billed for it) registers it: the utility that serves
 * it and the contracted grid connection limit. Optional facts are {@code null} when not reported.
 */
public record Site(
    String siteId,
    String operatorId,
    String utilityId,
    String district,
    BigDecimal maxDemandKw,
    String gridConnection,
    RecordStatus status)
    implements InputRecord {

  @Override
  public RecordType type() {
    return RecordType.SITES;
  }

  @Override
  public String recordId() {
    return siteId;
  }

  @Override
  public String canonicalContent() {
    return InputRecord.canonical(
        siteId, operatorId, utilityId, district, maxDemandKw, gridConnection, status);
  }
}
