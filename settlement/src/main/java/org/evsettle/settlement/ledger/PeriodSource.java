package org.evsettle.settlement.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import org.evsettle.settlement.domain.AccessType;
import org.evsettle.settlement.domain.LineSubject;

/**
 * An input record a period-wide line was computed from, for the auditor: the line's subject (a
 * card's pseudonym, a site, a dispatch event) and operator, and the record that went into its
 * total: a session (id, version, charger and its access, start, kWh), or an interval reading of a
 * site's meter (the meter, the interval's start, its kWh; a site with readings is measured by them,
 * not by its chargers' sessions). A card's sessions at the operator are all listed, whatever the
 * charger's access: a policy may count only some (a taxi subsidy, taxi chargers).
 */
public record PeriodSource(
    LineSubject subjectType,
    String subject,
    String operatorId,
    String sourceType,
    String sourceId,
    Integer version,
    String chargerId,
    AccessType access,
    Instant startedAt,
    BigDecimal kwh) {

  /** Sessions, as records are named in exports. */
  public static final String SESSIONS = "sessions";

  /** Interval readings, as records are named in exports. */
  public static final String INTERVALS = "intervals";

  /** A period-wide line's subject, as a run's lines name it. */
  public record Subject(LineSubject type, String id, String operatorId) {}
}
