package org.evsettle.settlement.ledger;

import org.evsettle.settlement.domain.PolicyLine;

/** A line as stored in a run: a settlement line or an adjustment. */
public record LedgerLine(LineKind kind, PolicyLine line) {}
