package org.evsettle.settlement.domain;

import java.time.Duration;
import java.time.Instant;

/** Energy a vehicle fed back into the grid through a V2G-capable charger. */
public record V2gDischarge(
    String dischargeId,
    String chargerId,
    Instant startedAt,
    Instant endedAt,
    Energy energy,
    String dispatchId,
    RecordStatus status)
    implements InputRecord {

  @Override
  public RecordType type() {
    return RecordType.DISCHARGES;
  }

  @Override
  public String recordId() {
    return dischargeId;
  }

  public Duration duration() {
    return Duration.between(startedAt, endedAt);
  }

  @Override
  public String canonicalContent() {
    return InputRecord.canonical(
        dischargeId, chargerId, startedAt, endedAt, energy, dispatchId, status);
  }
}
