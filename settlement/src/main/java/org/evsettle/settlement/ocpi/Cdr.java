package org.evsettle.settlement.ocpi;

import java.time.Instant;
import java.util.List;

/**
 * The fields of an OCPI 2.2.1 CDR that pricing needs: the session's span, its charging periods in
 * time order, the tariffs it embeds (maybe none) and the totals it states ({@code stated}). {@code
 * id} may be null (the reference cases have none).
 */
public record Cdr(
    String id,
    Instant startDateTime,
    Instant endDateTime,
    String currency,
    List<ChargingPeriod> chargingPeriods,
    List<Tariff> tariffs,
    SessionTotals stated) {

  public Cdr {
    chargingPeriods = List.copyOf(chargingPeriods);
    tariffs = List.copyOf(tariffs);
  }
}
