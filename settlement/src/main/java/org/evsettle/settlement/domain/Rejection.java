package org.evsettle.settlement.domain;

/**
 * A rejected row: the physical line of the file where it starts (the header is line 1), the field
 * at fault, and the reason in words the sender can act on.
 */
public record Rejection(long line, String field, RejectionCode code, String reason) {}
