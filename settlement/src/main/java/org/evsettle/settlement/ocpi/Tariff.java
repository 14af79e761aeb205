package org.evsettle.settlement.ocpi;

import java.time.Instant;
import java.util.List;

/**
 * An OCPI 2.2.1 Tariff, the fields that pricing and identification need ({@code tariff_alt_text},
 * {@code energy_mix} and the like are read past). {@code type}, the price limits and the validity
 * instants may be null.
 */
public record Tariff(
    String countryCode,
    String partyId,
    String id,
    String currency,
    TariffType type,
    List<TariffElement> elements,
    OcpiPrice minPrice,
    OcpiPrice maxPrice,
    Instant startDateTime,
    Instant endDateTime,
    Instant lastUpdated) {

  public Tariff {
    elements = List.copyOf(elements);
  }

  /**
   * Whether the tariff is valid at a session's start: from start_date_time, before end_date_time.
   */
  public boolean isValidAt(Instant sessionStart) {
    return (startDateTime == null || !sessionStart.isBefore(startDateTime))
        && (endDateTime == null || sessionStart.isBefore(endDateTime));
  }
}
