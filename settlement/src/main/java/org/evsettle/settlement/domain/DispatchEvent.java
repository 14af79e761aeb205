package org.evsettle.settlement.domain;

import java.math.BigDecimal;
import java.time.Instant;

/** A utility's request to chargers of a site or a district, for a window of time. */
public record DispatchEvent(
    String eventId,
    DispatchKind kind,
    Instant startsAt,
    Instant endsAt,
    String siteId,
    String district,
    BigDecimal requestedKw,
    RecordStatus status)
    implements InputRecord {

  @Override
  public RecordType type() {
    return RecordType.DISPATCH;
  }

  @Override
  public String recordId() {
    return eventId;
  }

  @Override
  public String canonicalContent() {
    return InputRecord.canonical(
        eventId, kind, startsAt, endsAt, siteId, district, requestedKw, status);
  }
}
