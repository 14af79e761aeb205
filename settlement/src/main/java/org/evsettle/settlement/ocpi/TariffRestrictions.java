package org.evsettle.settlement.ocpi;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

/**
 * When a tariff element applies (OCPI TariffRestrictions); every field may be null (no
 * restriction), {@code dayOfWeek} empty. Times and dates are local to the charging location;
 * durations in seconds; energy in kWh, current in A, power in kW.
 */
public record TariffRestrictions(
    LocalTime startTime,
    LocalTime endTime,
    LocalDate startDate,
    LocalDate endDate,
    BigDecimal minKwh,
    BigDecimal maxKwh,
    BigDecimal minCurrent,
    BigDecimal maxCurrent,
    BigDecimal minPower,
    BigDecimal maxPower,
    Long minDuration,
    Long maxDuration,
    Set<DayOfWeek> dayOfWeek,
    ReservationRestrictionType reservation) {

  /** An element without restrictions. */
  public static final TariffRestrictions NONE =
      new TariffRestrictions(
          null, null, null, null, null, null, null, null, null, null, null, null, Set.of(), null);

  public TariffRestrictions {
    dayOfWeek = Set.copyOf(dayOfWeek);
  }
}
