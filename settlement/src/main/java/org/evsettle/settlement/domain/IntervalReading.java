package org.evsettle.settlement.domain;

import java.time.Instant;

/**
 * A utility's interval meter reading for a charger or a whole site. Identified by meter and
 * interval start, so a re-sent interval with another value corrects the earlier one.
 */
public record IntervalReading(
    String meterId,
    Instant intervalStart,
    int intervalMinutes,
    Energy imported,
    Energy exported,
    RecordStatus status)
    implements InputRecord {

  @Override
  public RecordType type() {
    return RecordType.INTERVALS;
  }

  @Override
  public String recordId() {
    return meterId + "@" + intervalStart;
  }

  public Instant intervalEnd() {
    return intervalStart.plusSeconds(60L * intervalMinutes);
  }

  @Override
  public String canonicalContent() {
    return InputRecord.canonical(
        meterId, intervalStart, intervalMinutes, imported, exported, status);
  }
}
