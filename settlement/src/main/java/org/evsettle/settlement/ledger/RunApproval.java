package org.evsettle.settlement.ledger;

import java.time.Instant;

/**
 * Who submitted and who approved the pack a run settles with, as it stood when the run opened. A
 * run opened before packs needed approval has none.
 */
public record RunApproval(String submittedBy, String approvedBy, Instant approvedAt) {}
