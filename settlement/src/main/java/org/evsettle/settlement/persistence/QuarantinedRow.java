package org.evsettle.settlement.persistence;

import org.evsettle.settlement.domain.Rejection;

/** A rejected row to keep, with its content as read (id tags already pseudonymised). */
public record QuarantinedRow(Rejection rejection, String rawRow) {}
