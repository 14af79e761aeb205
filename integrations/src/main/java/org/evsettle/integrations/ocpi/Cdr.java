package org.evsettle.integrations.ocpi;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The fields of a checked OCPI 2.2.1 CDR that become a session, and the CDR itself.
 *
 * @param creditReferenceId the id of the CDR a credit CDR credits; null for a CDR that is not one
 */
record Cdr(
    String id,
    Instant start,
    Instant end,
    BigDecimal totalEnergyKwh,
    String tokenUid,
    String evseUid,
    String evseId,
    String creditReferenceId,
    JsonNode json) {

  boolean isCredit() {
    return creditReferenceId != null;
  }
}
