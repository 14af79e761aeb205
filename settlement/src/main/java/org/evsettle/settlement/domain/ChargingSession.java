package org.evsettle.settlement.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * One charging session at a charger. The user's card or account is only ever held as a keyed
 * pseudonym ({@code idTagPseudonym}), never in clear.
 */
public record ChargingSession(
    String sessionId,
    String chargerId,
    Instant startedAt,
    Instant endedAt,
    Energy energy,
    String idTagPseudonym,
    BigDecimal meterStartKwh,
    BigDecimal meterStopKwh,
    String signedData,
    RecordStatus status)
    implements InputRecord {

  @Override
  public RecordType type() {
    return RecordType.SESSIONS;
  }

  @Override
  public String recordId() {
    return sessionId;
  }

  public Duration duration() {
    return Duration.between(startedAt, endedAt);
  }

  @Override
  public String canonicalContent() {
    return InputRecord.canonical(
        sessionId,
        chargerId,
        startedAt,
        endedAt,
        energy,
        idTagPseudonym,
        meterStartKwh,
        meterStopKwh,
        signedData,
        status);
  }
}
