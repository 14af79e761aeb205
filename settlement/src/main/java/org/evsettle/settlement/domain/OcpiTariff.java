package org.evsettle.settlement.domain;

import java.time.Instant;
import java.util.Currency;

/**
 * An operator's OCPI 2.2.1 Tariff object, kept as it was sent (canonical JSON text: keys sorted, no
 * blanks, numbers by value) so that its sessions can be priced with it later. Its identity is the
 * tariff's {@code id} within the sending operator.
 */
public record OcpiTariff(
    String tariffId, Currency currency, Instant lastUpdated, String json, RecordStatus status)
    implements InputRecord {

  @Override
  public RecordType type() {
    return RecordType.TARIFFS;
  }

  @Override
  public String recordId() {
    return tariffId;
  }

  @Override
  public String canonicalContent() {
    return InputRecord.canonical(tariffId, currency.getCurrencyCode(), lastUpdated, json, status);
  }
}
