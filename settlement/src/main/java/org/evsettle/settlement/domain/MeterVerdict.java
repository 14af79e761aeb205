package org.evsettle.settlement.domain;

import java.math.BigDecimal;

/**
 * What a settlement run found of one session's signed meter values (OCMF): the verdict (VERIFIED,
 * FAILED, UNVERIFIABLE), the verifier's reason, the energy the meter signed (null when unread) and
 * the energy the operator reported. Recorded for every session whose meter values a rule checked,
 * so a withheld subsidy traces to it.
 */
public record MeterVerdict(
    String operatorId,
    String chargerId,
    String sessionId,
    int sessionVersion,
    String verdict,
    String reason,
    BigDecimal signedKwh,
    BigDecimal reportedKwh) {}
