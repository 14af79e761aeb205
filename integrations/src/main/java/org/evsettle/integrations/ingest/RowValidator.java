package org.evsettle.integrations.ingest;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.Instant;
import org.evsettle.integrations.csv.FieldProblem;
import org.evsettle.settlement.domain.CarbonIntensity;
import org.evsettle.settlement.domain.Charger;
import org.evsettle.settlement.domain.ChargingSession;
import org.evsettle.settlement.domain.DispatchEvent;
import org.evsettle.settlement.domain.Energy;
import org.evsettle.settlement.domain.InputRecord;
import org.evsettle.settlement.domain.IntervalReading;
import org.evsettle.settlement.domain.Party;
import org.evsettle.settlement.domain.RejectionCode;
import org.evsettle.settlement.domain.Site;
import org.evsettle.settlement.domain.StationRating;
import org.evsettle.settlement.domain.UtilityPrice;
import org.evsettle.settlement.domain.V2gDischarge;

/**
 * The record rules of the canonical formats, checked after a row is parsed, in a fixed order so a
 * row with several faults always gets the same reason: times in order, energy not negative, not
 * longer than 72 h, nothing in the future, the charger registered and the sender's own, and no more
 * energy than the charger's rated power allows (with 5 % tolerance). Registry rows (chargers,
 * sites) must name their sender as operator, and utilities' prices and carbon hours their sender as
 * utility; a charger's current type, connector and rated power must fit together ({@link
 * ChargerPowerFacts}).
 */
public final class RowValidator {

  static final Duration LONGEST_SESSION = Duration.ofHours(72);
  private static final BigDecimal TOLERANCE = new BigDecimal("1.05");
  private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);
  // the width of the column it is stored in
  static final int GRID_CONNECTION_LIMIT = 64;
  // digits before the decimal point that the price and carbon columns hold
  static final int PRICE_DIGITS = 12;
  static final int GCO2_DIGITS = 9;

  private final ChargerRegistry registry;
  private final Party sender;
  private final Instant now;

  public RowValidator(ChargerRegistry registry, Party sender, Instant now) {
    this.registry = registry;
    this.sender = sender;
    this.now = now;
  }

  public void validate(InputRecord record) {
    if (record instanceof Charger c) {
      charger(c);
    } else if (record instanceof ChargingSession s) {
      metered(s.chargerId(), s.startedAt(), s.endedAt(), s.energy(), "session");
    } else if (record instanceof V2gDischarge d) {
      metered(d.chargerId(), d.startedAt(), d.endedAt(), d.energy(), "discharge");
    } else if (record instanceof IntervalReading i) {
      interval(i);
    } else if (record instanceof DispatchEvent e) {
      dispatch(e);
    } else if (record instanceof StationRating r) {
      rating(r);
    } else if (record instanceof Site s) {
      site(s);
    } else if (record instanceof UtilityPrice p) {
      price(p);
    } else if (record instanceof CarbonIntensity c) {
      carbon(c);
    }
  }

  private void charger(Charger c) {
    sentByItsOperator("charger " + c.chargerId(), c.operatorId());
    registry
        .charger(c.chargerId())
        .filter(known -> !known.operatorId().equals(sender.id()))
        .ifPresent(
            known -> {
              throw problem(
                  RejectionCode.OTHER_PARTY,
                  "charger_id",
                  "charger " + c.chargerId() + " is registered to another operator");
            });
    if (c.ratedPowerKw().signum() <= 0) {
      throw problem(RejectionCode.OUT_OF_RANGE, "rated_power_kw", "rated_power_kw must be above 0");
    }
    Integer profile = c.ocppSecurityProfile();
    if (profile != null && (profile < 1 || profile > 3)) {
      throw problem(
          RejectionCode.OUT_OF_RANGE,
          "ocpp_security_profile",
          "ocpp_security_profile must be 1, 2 or 3, was " + profile);
    }
    ChargerPowerFacts.check(c);
  }

  private void site(Site s) {
    sentByItsOperator("site " + s.siteId(), s.operatorId());
    if (s.maxDemandKw() != null && s.maxDemandKw().signum() <= 0) {
      throw problem(RejectionCode.OUT_OF_RANGE, "max_demand_kw", "max_demand_kw must be above 0");
    }
    String connection = s.gridConnection();
    if (connection != null && connection.length() > GRID_CONNECTION_LIMIT) {
      throw FieldProblem.tooLong("grid_connection", connection, GRID_CONNECTION_LIMIT);
    }
  }

  /** An operator registers only what it runs itself: the row must name the sender. */
  private void sentByItsOperator(String what, String operatorId) {
    namesItsSender(what, "operator_id", "operator", operatorId);
  }

  /** A party speaks only for itself: the row's {@code field} must name the sender. */
  private void namesItsSender(String what, String field, String role, String partyId) {
    if (!partyId.equals(sender.id())) {
      throw problem(
          RejectionCode.OTHER_PARTY,
          field,
          String.format(
              "%s names %s %s, but %s %s sent it", what, role, partyId, role, sender.id()));
    }
  }

  private void price(UtilityPrice p) {
    namesItsSender("price " + p.recordId(), "utility_id", "utility", p.utilityId());
    if (!UtilityPrice.INTERVAL_MINUTES.contains(p.intervalMinutes())) {
      throw problem(
          RejectionCode.OUT_OF_RANGE,
          "interval_minutes",
          "interval_minutes must be one of "
              + UtilityPrice.INTERVAL_MINUTES
              + ", was "
              + p.intervalMinutes());
    }
    SeriesChecks.aligned(
        "interval_start", p.intervalStart(), Duration.ofMinutes(p.intervalMinutes()));
    SeriesChecks.fits("price", p.price(), PRICE_DIGITS, UtilityPrice.PRICE_DECIMALS);
    // utilities publish prices a day ahead, but not further
    if (p.intervalStart().isAfter(now.plus(UtilityPrice.PUBLISHED_AHEAD))) {
      throw problem(
          RejectionCode.IN_FUTURE,
          "interval_start",
          "interval_start "
              + p.intervalStart()
              + " is more than "
              + UtilityPrice.PUBLISHED_AHEAD.toHours()
              + " hours ahead (now "
              + now
              + ")");
    }
  }

  private void carbon(CarbonIntensity c) {
    namesItsSender("carbon intensity " + c.recordId(), "utility_id", "utility", c.utilityId());
    SeriesChecks.aligned("hour_start", c.hourStart(), CarbonIntensity.HOUR);
    if (c.gco2PerKwh().signum() < 0) {
      throw problem(
          RejectionCode.OUT_OF_RANGE,
          "gco2_per_kwh",
          "gco2_per_kwh must not be negative, was " + c.gco2PerKwh().toPlainString());
    }
    SeriesChecks.fits("gco2_per_kwh", c.gco2PerKwh(), GCO2_DIGITS, CarbonIntensity.GCO2_DECIMALS);
    notInFuture("hour_start", c.hourStart());
  }

  private void metered(String chargerId, Instant start, Instant end, Energy energy, String what) {
    if (!end.isAfter(start)) {
      throw problem(
          RejectionCode.END_NOT_AFTER_START,
          "ended_at",
          "ended_at " + end + " is not after started_at " + start);
    }
    if (energy.isNegative()) {
      throw problem(
          RejectionCode.NEGATIVE_ENERGY,
          "energy_kwh",
          "energy_kwh is negative (" + energy.kwh().toPlainString() + ")");
    }
    Duration duration = Duration.between(start, end);
    if (duration.compareTo(LONGEST_SESSION) > 0) {
      throw problem(
          RejectionCode.TOO_LONG,
          "ended_at",
          "the " + what + " lasts " + hours(duration) + " h, longer than the 72 h allowed");
    }
    notInFuture("started_at", start);
    notInFuture("ended_at", end);
    Charger charger = ownCharger(chargerId);
    // kWh x 3600 against kW x s x 1.05: exact, no rounded division at the boundary
    BigDecimal limitKws =
        charger
            .ratedPowerKw()
            .multiply(BigDecimal.valueOf(duration.toSeconds()))
            .multiply(TOLERANCE);
    if (energy.kwh().multiply(SECONDS_PER_HOUR).compareTo(limitKws) > 0) {
      throw problem(
          RejectionCode.ENERGY_ABOVE_RATED,
          "energy_kwh",
          energy.kwh().toPlainString()
              + " kWh in "
              + hours(duration)
              + " h is more than charger "
              + chargerId
              + " ("
              + charger.ratedPowerKw().toPlainString()
              + " kW) can deliver, even with 5 % tolerance");
    }
  }

  private Charger ownCharger(String chargerId) {
    Charger charger =
        registry
            .charger(chargerId)
            .orElseThrow(
                () ->
                    problem(
                        RejectionCode.UNKNOWN_CHARGER,
                        "charger_id",
                        "charger " + chargerId + " is not in the charger registry"));
    if (!charger.operatorId().equals(sender.id())) {
      throw problem(
          RejectionCode.OTHER_PARTY,
          "charger_id",
          "charger " + chargerId + " belongs to another operator");
    }
    return charger;
  }

  private void interval(IntervalReading i) {
    if (i.intervalMinutes() <= 0) {
      throw problem(
          RejectionCode.OUT_OF_RANGE, "interval_minutes", "interval_minutes must be above 0");
    }
    if (i.imported().isNegative()) {
      throw problem(RejectionCode.NEGATIVE_ENERGY, "import_kwh", "import_kwh is negative");
    }
    if (i.exported() != null && i.exported().isNegative()) {
      throw problem(RejectionCode.NEGATIVE_ENERGY, "export_kwh", "export_kwh is negative");
    }
    if (i.intervalEnd().isAfter(now)) {
      throw problem(
          RejectionCode.IN_FUTURE,
          "interval_start",
          "the interval from " + i.intervalStart() + " ends in the future (now " + now + ")");
    }
    String utility =
        registry
            .charger(i.meterId())
            .map(Charger::utilityId)
            .or(() -> registry.siteUtility(i.meterId()))
            .orElseThrow(
                () ->
                    problem(
                        RejectionCode.UNKNOWN_METER,
                        "meter_id",
                        "meter " + i.meterId() + " is neither a registered charger nor a site"));
    if (!utility.equals(sender.id())) {
      throw problem(
          RejectionCode.OTHER_PARTY,
          "meter_id",
          "meter " + i.meterId() + " is served by another utility");
    }
  }

  private void dispatch(DispatchEvent e) {
    if (!e.endsAt().isAfter(e.startsAt())) {
      throw problem(
          RejectionCode.END_NOT_AFTER_START,
          "ends_at",
          "ends_at " + e.endsAt() + " is not after starts_at " + e.startsAt());
    }
    if (e.siteId() != null) {
      String utility =
          registry
              .siteUtility(e.siteId())
              .orElseThrow(
                  () ->
                      problem(
                          RejectionCode.UNKNOWN_SITE,
                          "site_id",
                          "site " + e.siteId() + " has no registered charger"));
      if (!utility.equals(sender.id())) {
        throw problem(
            RejectionCode.OTHER_PARTY,
            "site_id",
            "site " + e.siteId() + " is served by another utility");
      }
    }
  }

  private void rating(StationRating r) {
    if (registry.siteUtility(r.siteId()).isEmpty()) {
      throw problem(
          RejectionCode.UNKNOWN_SITE,
          "site_id",
          "site " + r.siteId() + " has no registered charger");
    }
  }

  private void notInFuture(String field, Instant instant) {
    if (instant.isAfter(now)) {
      throw problem(
          RejectionCode.IN_FUTURE,
          field,
          field + " " + instant + " is in the future (now " + now + ")");
    }
  }

  private static BigDecimal hours(Duration duration) {
    return BigDecimal.valueOf(duration.toSeconds())
        .divide(SECONDS_PER_HOUR, MathContext.DECIMAL64)
        .stripTrailingZeros();
  }

  private static FieldProblem problem(RejectionCode code, String field, String reason) {
    return new FieldProblem(code, field, reason);
  }
}
