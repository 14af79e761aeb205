package org.evsettle.settlement.domain;

import java.time.Instant;

/**
 * The latest stored version of a record and when it was first reported (a correction keeps the
 * first report's time, which the timely-reporting rule judges).
 */
public record RecordHead(
    String recordId, int latestVersion, String contentSha256, Instant firstReceivedAt) {}
