package org.evsettle.settlement.ocpi;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A charging period with what the restrictions of a tariff element are checked against: its local
 * start, the energy charged and the time gone since the session's first period began, before it.
 *
 * <p>As the reference implementation (tandemdrive/ocpi-tariffs) does, restrictions are checked at
 * the period's start: a CPO splits a period wherever a restriction changes, so its start decides.
 */
record PeriodState(
    int index,
    ChargingPeriod period,
    Instant start,
    Instant end,
    LocalDateTime localStart,
    BigDecimal energyBefore,
    Duration durationBefore) {

  /** A period that prices a reservation: it states RESERVATION_TIME. */
  boolean isReservation() {
    return period.volume(CdrDimensionType.RESERVATION_TIME) != null;
  }

  DayOfWeek localDay() {
    return localStart.getDayOfWeek();
  }

  /** The CDR's periods, each ending where the next starts and the last at the session's end. */
  static List<PeriodState> of(Cdr cdr, ZoneId zone) {
    List<ChargingPeriod> periods = cdr.chargingPeriods();
    List<PeriodState> states = new ArrayList<>();
    BigDecimal energy = BigDecimal.ZERO;
    Instant first = periods.isEmpty() ? cdr.startDateTime() : periods.get(0).startDateTime();
    for (int i = 0; i < periods.size(); i++) {
      ChargingPeriod period = periods.get(i);
      Instant start = period.startDateTime();
      Instant end = i + 1 < periods.size() ? periods.get(i + 1).startDateTime() : cdr.endDateTime();
      states.add(
          new PeriodState(
              i,
              period,
              start,
              end,
              LocalDateTime.ofInstant(start, zone),
              energy,
              Duration.between(first, start)));
      BigDecimal kwh = period.volume(CdrDimensionType.ENERGY);
      energy = kwh == null ? energy : energy.add(kwh);
    }
    return states;
  }
}
