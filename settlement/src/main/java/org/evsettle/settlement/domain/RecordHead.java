package org.evsettle.settlement.domain;

import java.time.Instant;

/**
 * The latest stored version of a record, the file and line it came from, and when the record was
 * first reported (a correction keeps the first report's time, which the timely-reporting rule
 * judges).
 */
public record RecordHead(
    String recordId,
    int latestVersion,
    String contentSha256,
    Instant firstReceivedAt,
    long fileId,
    long line) {}
