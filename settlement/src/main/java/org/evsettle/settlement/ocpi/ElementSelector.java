package org.evsettle.settlement.ocpi;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Picks, for a period and a dimension, the first tariff element whose restrictions all hold and
 * that has a price component of that dimension (OCPI 2.2.1, TariffElement: "the first one that
 * matches is used" per dimension).
 *
 * <p>Reservations: an element with a {@code reservation} restriction prices only periods that state
 * RESERVATION_TIME, and the others only the rest. The specification does not say how a CDR shows an
 * expired reservation; here it is a CDR whose every period is a reservation period (no charging
 * followed). Then RESERVATION_EXPIRES elements are tried first, RESERVATION ones after (so an
 * expiry fee adds to the reservation's time price unless the expiry element prices time too);
 * otherwise only RESERVATION elements apply. The reference implementation does not price
 * reservations at all.
 */
final class ElementSelector {

  /** The component that prices a dimension: which element, which of its components. */
  record Choice(int elementIndex, int componentIndex, PriceComponent component) {}

  private final List<TariffElement> elements;
  private final List<Integer> sessionElements = new ArrayList<>();
  private final List<Integer> reservationElements = new ArrayList<>();

  ElementSelector(Tariff tariff, boolean reservationExpired) {
    this.elements = tariff.elements();
    List<Integer> expiring = new ArrayList<>();
    List<Integer> used = new ArrayList<>();
    for (int i = 0; i < elements.size(); i++) {
      ReservationRestrictionType reservation = elements.get(i).restrictions().reservation();
      if (reservation == null) {
        sessionElements.add(i);
      } else if (reservation == ReservationRestrictionType.RESERVATION_EXPIRES) {
        expiring.add(i);
      } else {
        used.add(i);
      }
    }
    if (reservationExpired) {
      reservationElements.addAll(expiring);
    }
    reservationElements.addAll(used);
  }

  Optional<Choice> choose(PeriodState period, TariffDimensionType type) {
    for (int i : period.isReservation() ? reservationElements : sessionElements) {
      TariffElement element = elements.get(i);
      Optional<Integer> component = element.componentIndex(type);
      if (component.isPresent() && RestrictionCheck.holds(element.restrictions(), period)) {
        return Optional.of(
            new Choice(i, component.get(), element.priceComponents().get(component.get())));
      }
    }
    return Optional.empty();
  }
}
