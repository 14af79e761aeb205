package org.evsettle.settlement.domain;

import java.time.Instant;

/** A version of a record as stored, with where it came from. */
public record StoredRecord<T extends InputRecord>(
    T record,
    String partyId,
    int version,
    String contentSha256,
    long fileId,
    long line,
    Instant receivedAt,
    Instant firstReceivedAt) {}
