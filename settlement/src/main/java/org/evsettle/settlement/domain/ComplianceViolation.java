package org.evsettle.settlement.domain;

/** A charger that fails a compliance requirement of the pack, with the legal reference. */
public record ComplianceViolation(
    String operatorId, String chargerId, String requirement, String reference, String detail) {}
