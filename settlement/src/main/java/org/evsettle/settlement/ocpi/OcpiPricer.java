package org.evsettle.settlement.ocpi;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Prices an OCPI 2.2.1 CDR's charging periods with a tariff, as the specification (mod_tariffs and
 * its errata) says; where it is ambiguous, as the reference implementation tandemdrive/ocpi-tariffs
 * does (the comments of {@link ElementSelector}, {@link StepSizes} and {@link RestrictionCheck} say
 * where). Restrictions on time of day, date and day of week are read in the pricer's time zone, the
 * charging location's. Thread-safe; holds nothing but the zone.
 *
 * <p>Per period: a FLAT component is billed once per session, on the first period an element with
 * one applies to (a reservation's FLAT once more, as the reservation fee); ENERGY, TIME and
 * PARKING_TIME are billed on the period's volume of that dimension, by the first element that
 * applies and prices it; a reservation period's RESERVATION_TIME is billed by the TIME component of
 * a reservation element.
 */
public final class OcpiPricer {

  private static final BigDecimal MILLIS_PER_HOUR = BigDecimal.valueOf(3_600_000);

  private final ZoneId zone;

  public OcpiPricer(ZoneId zone) {
    this.zone = Objects.requireNonNull(zone, "zone");
  }

  /** Prices the CDR with the first of its own tariffs that is valid at the session's start. */
  public PricedSession price(Cdr cdr) {
    return cdr.tariffs().stream()
        .filter(t -> t.isValidAt(cdr.startDateTime()))
        .findFirst()
        .map(t -> price(cdr, t))
        .orElseThrow(
            () ->
                new OcpiPricingException(
                    "the CDR embeds "
                        + cdr.tariffs().size()
                        + " tariff(s), none valid at its start "
                        + cdr.startDateTime()));
  }

  /**
   * Prices the CDR with this tariff.
   *
   * @throws OcpiPricingException when the currencies differ or the tariff is not valid at the
   *     session's start
   */
  public PricedSession price(Cdr cdr, Tariff tariff) {
    if (!tariff.currency().equals(cdr.currency())) {
      throw new OcpiPricingException(
          "tariff "
              + tariff.id()
              + " is in "
              + tariff.currency()
              + ", the CDR in "
              + cdr.currency());
    }
    if (!tariff.isValidAt(cdr.startDateTime())) {
      throw new OcpiPricingException(
          "tariff "
              + tariff.id()
              + " is not valid at the session's start "
              + cdr.startDateTime()
              + " (valid from "
              + tariff.startDateTime()
              + " to "
              + tariff.endDateTime()
              + ")");
    }
    List<PeriodState> states = PeriodState.of(cdr, zone);
    boolean expired = !states.isEmpty() && states.stream().allMatch(PeriodState::isReservation);
    ElementSelector selector = new ElementSelector(tariff, expired);

    List<List<DimensionLine>> linesByPeriod = new ArrayList<>();
    List<DimensionLine> all = new ArrayList<>();
    boolean sessionFlatBilled = false;
    boolean reservationFlatBilled = false;
    for (PeriodState state : states) {
      List<DimensionLine> lines = new ArrayList<>();
      boolean reservation = state.isReservation();
      boolean flatBilled = reservation ? reservationFlatBilled : sessionFlatBilled;
      if (!flatBilled) {
        Optional<ElementSelector.Choice> flat = selector.choose(state, TariffDimensionType.FLAT);
        if (flat.isPresent()) {
          lines.add(
              new DimensionLine(TariffDimensionType.FLAT, reservation, BigDecimal.ONE, flat.get()));
          sessionFlatBilled |= !reservation;
          reservationFlatBilled |= reservation;
        }
      }
      if (reservation) {
        add(
            lines,
            selector,
            state,
            CdrDimensionType.RESERVATION_TIME,
            TariffDimensionType.TIME,
            true);
      } else {
        add(lines, selector, state, CdrDimensionType.ENERGY, TariffDimensionType.ENERGY, false);
        add(lines, selector, state, CdrDimensionType.TIME, TariffDimensionType.TIME, false);
        add(
            lines,
            selector,
            state,
            CdrDimensionType.PARKING_TIME,
            TariffDimensionType.PARKING_TIME,
            false);
      }
      linesByPeriod.add(lines);
      all.addAll(lines);
    }
    StepSizes.apply(all);

    List<PricedPeriod> periods = new ArrayList<>();
    for (PeriodState state : states) {
      periods.add(
          new PricedPeriod(
              state.index(),
              state.start(),
              state.end(),
              linesByPeriod.get(state.index()).stream().map(DimensionLine::priced).toList()));
    }
    return totals(cdr, tariff, states, periods);
  }

  private static void add(
      List<DimensionLine> lines,
      ElementSelector selector,
      PeriodState state,
      CdrDimensionType measured,
      TariffDimensionType priced,
      boolean reservation) {
    BigDecimal volume = state.period().volume(measured);
    if (volume != null) {
      lines.add(
          new DimensionLine(
              priced, reservation, volume, selector.choose(state, priced).orElse(null)));
    }
  }

  private PricedSession totals(
      Cdr cdr, Tariff tariff, List<PeriodState> states, List<PricedPeriod> periods) {
    List<PricedDimension> dimensions =
        periods.stream().flatMap(p -> p.dimensions().stream()).toList();
    OcpiPrice energyCost = cost(dimensions, d -> d.type() == TariffDimensionType.ENERGY);
    OcpiPrice timeCost =
        cost(dimensions, d -> d.type() == TariffDimensionType.TIME && !d.reservation());
    OcpiPrice parkingCost = cost(dimensions, d -> d.type() == TariffDimensionType.PARKING_TIME);
    OcpiPrice fixedCost =
        cost(dimensions, d -> d.type() == TariffDimensionType.FLAT && !d.reservation());
    OcpiPrice reservationCost = cost(dimensions, PricedDimension::reservation);
    OcpiPrice components = OcpiPrice.ZERO;
    for (OcpiPrice part :
        new OcpiPrice[] {energyCost, timeCost, parkingCost, fixedCost, reservationCost}) {
      components = part == null ? components : components.plus(part);
    }
    PriceLimits.Limited limited =
        PriceLimits.apply(components, tariff.minPrice(), tariff.maxPrice());
    SessionTotals totals =
        new SessionTotals(
            limited.price(),
            volume(dimensions, TariffDimensionType.ENERGY),
            energyCost,
            hours(
                states.isEmpty()
                    ? Duration.ZERO
                    : Duration.between(states.get(0).start(), cdr.endDateTime())),
            timeCost,
            volume(dimensions, TariffDimensionType.PARKING_TIME),
            parkingCost,
            fixedCost,
            reservationCost);
    return new PricedSession(
        tariff.id(), tariff.currency(), zone, periods, totals, components, limited.limit());
  }

  /** The summed cost of the priced dimensions that match; null when none is priced. */
  private static OcpiPrice cost(
      List<PricedDimension> dimensions, Predicate<PricedDimension> which) {
    return dimensions.stream()
        .filter(which.and(PricedDimension::isPriced))
        .map(PricedDimension::cost)
        .reduce(OcpiPrice::plus)
        .orElse(null);
  }

  /** The CDR's volume of a dimension, priced or not, before step_size rounding. */
  private static BigDecimal volume(List<PricedDimension> dimensions, TariffDimensionType type) {
    return dimensions.stream()
        .filter(d -> d.type() == type && !d.reservation())
        .map(PricedDimension::volume)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static BigDecimal hours(Duration duration) {
    return BigDecimal.valueOf(duration.toMillis()).divide(MILLIS_PER_HOUR, MathContext.DECIMAL128);
  }
}
