package org.evsettle.settlement.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import org.evsettle.settlement.domain.AccessType;
import org.evsettle.settlement.domain.LineSubject;

/**
 * An input record a period-wide line was computed from, for the auditor: the line's subject (a
 * card's pseudonym, a site, a dispatch event) and operator, and the session (id, version, charger,
 * start, kWh) that went into its total.
 */
public record PeriodSource(
    LineSubject subjectType,
    String subject,
    String operatorId,
    String sessionId,
    int version,
    String chargerId,
    AccessType access,
    Instant startedAt,
    BigDecimal kwh) {

  /** A period-wide line's subject, as a run's lines name it. */
  public record Subject(LineSubject type, String id, String operatorId) {}
}
