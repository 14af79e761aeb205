package org.evsettle.settlement.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * The carbon intensity of a utility's grid for one hour, in grams of CO2 per kWh. Identified by
 * utility and hour start (in UTC), so a re-published hour with another value corrects the earlier
 * one.
 */
public record CarbonIntensity(
    String utilityId, Instant hourStart, BigDecimal gco2PerKwh, RecordStatus status)
    implements InputRecord {

  public static final Duration HOUR = Duration.ofHours(1);

  /** Decimals an intensity may carry: what the store keeps, so a value is never rounded. */
  public static final int GCO2_DECIMALS = 3;

  @Override
  public RecordType type() {
    return RecordType.CARBON;
  }

  @Override
  public String recordId() {
    return utilityId + "/" + hourStart;
  }

  public Instant hourEnd() {
    return hourStart.plus(HOUR);
  }

  @Override
  public String canonicalContent() {
    return InputRecord.canonical(utilityId, hourStart, gco2PerKwh, status);
  }
}
