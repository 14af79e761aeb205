package org.evsettle.settlement.domain;

import java.math.BigDecimal;

/**
 * A line as the policy pack produces it, before a settlement run gives it a run id: who pays whom,
 * for which input record (id and version), how much of what at which rate, and which rule of which
 * file of which rule set said so, in a sentence a person can read. {@code amount} is rounded once,
 * to the currency's minor unit.
 */
public record PolicyLine(
    Component component,
    WindowClass windowClass,
    String payer,
    String payee,
    String operatorId,
    String chargerId,
    LineSubject recordType,
    String recordId,
    int recordVersion,
    BigDecimal quantity,
    String unit,
    BigDecimal rate,
    Money amount,
    String rule,
    String policyFile,
    String rulesetSha256,
    String explanation) {}
