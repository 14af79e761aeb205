package org.evsettle.integrations.ocpi;

import org.evsettle.settlement.domain.ChargingSession;
import org.evsettle.settlement.domain.OcpiTariff;
import org.evsettle.settlement.persistence.QuarantinedRow;

/**
 * An object of an OCPI file after its checks, before it is looked up and versioned: rejected, a
 * session with its CDR, a credit CDR (which voids the session it credits), or a tariff.
 */
sealed interface Checked {

  long position();

  record Rejected(long position, QuarantinedRow row) implements Checked {}

  record NewSession(
      ChargingSession session, String sha256, long position, String cdrId, String json)
      implements Checked {}

  /**
   * A credit CDR: {@code creditedId} is the id of the CDR, thus of the session, it credits; {@code
   * label} says where the credit CDR is in its file.
   */
  record Credit(String creditedId, String cdrId, String json, long position, String label)
      implements Checked {}

  record NewTariff(OcpiTariff tariff, String sha256, long position) implements Checked {}
}
