package org.evsettle.settlement.persistence;

import java.time.Instant;
import org.evsettle.settlement.domain.InputRecord;

/** A version of a record about to be stored: a first version, a correction or a VOID. */
public record NewVersion(
    InputRecord record,
    String partyId,
    int version,
    String contentSha256,
    long line,
    Instant receivedAt,
    Instant firstReceivedAt) {

  public boolean isFirst() {
    return version == 1;
  }
}
