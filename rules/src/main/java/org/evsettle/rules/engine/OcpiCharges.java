package org.evsettle.rules.engine;

import java.time.ZoneId;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.evsettle.rules.model.OcpiCharge;
import org.evsettle.settlement.domain.ChargingSession;
import org.evsettle.settlement.domain.StoredRecord;
import org.evsettle.settlement.ocpi.Cdr;
import org.evsettle.settlement.ocpi.ChargingPeriod;
import org.evsettle.settlement.ocpi.OcpiFormatException;
import org.evsettle.settlement.ocpi.OcpiJson;
import org.evsettle.settlement.ocpi.OcpiPrice;
import org.evsettle.settlement.ocpi.OcpiPricer;
import org.evsettle.settlement.ocpi.OcpiPricingException;
import org.evsettle.settlement.ocpi.PricedSession;
import org.evsettle.settlement.ocpi.Tariff;

/**
 * Prices the sessions of one partition that came from an OCPI CDR, in the pack's zone (the
 * charger's local time is what tariff restrictions mean) and only in the pack's currency. The
 * tariff is the one the CDR's charging periods name, among the operator's tariffs as they stood at
 * the session's start, else among the CDR's own; without a name, the first of the CDR's own valid
 * at its start.
 */
final class OcpiCharges {

  private static final int TARIFFS_KEPT = 256;

  private final OcpiSource source;
  private final String operatorId;
  private final Currency currency;
  private final OcpiPricer pricer;
  // parsed once per run: many sessions share a tariff version; keyed by its JSON text
  private final Map<String, Tariff> parsed =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Tariff> eldest) {
          return size() > TARIFFS_KEPT;
        }
      };

  OcpiCharges(OcpiSource source, String operatorId, ZoneId zone, Currency currency) {
    this.source = source;
    this.operatorId = operatorId;
    this.currency = currency;
    this.pricer = new OcpiPricer(zone);
  }

  /** A batch's sessions, whose CDRs are read together when a rule first asks about one. */
  Batch batch(List<StoredRecord<ChargingSession>> sessions) {
    return new Batch(sessions);
  }

  final class Batch {
    private final List<StoredRecord<ChargingSession>> sessions;
    private Map<String, String> cdrs;

    private Batch(List<StoredRecord<ChargingSession>> sessions) {
      this.sessions = sessions;
    }

    /** The OCPI price of a session of this batch, worked out when first asked for. */
    Supplier<OcpiCharge> pricing(String sessionId) {
      return () -> {
        if (cdrs == null) {
          cdrs = source == OcpiSource.NONE ? Map.of() : source.cdrs(operatorId, sessions);
        }
        String json = cdrs.get(sessionId);
        return json == null ? OcpiCharge.absent() : price(sessionId, json);
      };
    }
  }

  OcpiCharge price(String sessionId, String json) {
    Cdr cdr;
    try {
      cdr = OcpiJson.parseCdr(json, "the CDR of session " + sessionId);
    } catch (OcpiFormatException e) {
      return OcpiCharge.notPriced(null, null, "unreadable CDR", e.getMessage());
    }
    if (!cdr.currency().equals(currency.getCurrencyCode())) {
      return OcpiCharge.notPriced(
          cdr.currency(),
          null,
          "other currency",
          "the CDR is in "
              + cdr.currency()
              + " and the pack settles in "
              + currency.getCurrencyCode()
              + ": currencies are never mixed");
    }
    TreeSet<String> named = new TreeSet<>();
    cdr.chargingPeriods().stream()
        .map(ChargingPeriod::tariffId)
        .filter(id -> id != null)
        .forEach(named::add);
    if (named.size() > 1) {
      return OcpiCharge.notPriced(
          cdr.currency(),
          null,
          "several tariffs",
          "its charging periods name the tariffs " + named + ", and a session has one tariff");
    }
    String tariffId = named.isEmpty() ? null : named.first();
    try {
      return tariffId == null ? priceWithOwn(cdr) : priceWithNamed(cdr, tariffId);
    } catch (OcpiFormatException e) {
      return OcpiCharge.notPriced(cdr.currency(), tariffId, "unreadable tariff", e.getMessage());
    } catch (OcpiPricingException e) {
      return OcpiCharge.notPriced(
          cdr.currency(), tariffId, "tariff cannot price it", e.getMessage());
    }
  }

  private OcpiCharge priceWithNamed(Cdr cdr, String tariffId) {
    Optional<String> stored = source.tariff(operatorId, tariffId, cdr.startDateTime());
    if (stored.isPresent()) {
      Tariff tariff =
          parsed.computeIfAbsent(
              stored.get(), json -> OcpiJson.parseTariff(json, "tariff " + tariffId));
      return charge(cdr, pricer.price(cdr, tariff), OcpiCharge.OPERATOR_TARIFF);
    }
    Optional<Tariff> own =
        cdr.tariffs().stream()
            .filter(t -> t.id().equals(tariffId) && t.isValidAt(cdr.startDateTime()))
            .findFirst();
    if (own.isPresent()) {
      return charge(cdr, pricer.price(cdr, own.get()), OcpiCharge.EMBEDDED_TARIFF);
    }
    if (cdr.tariffs().isEmpty()) {
      return OcpiCharge.notPriced(
          cdr.currency(),
          tariffId,
          "no tariff",
          "tariff "
              + tariffId
              + " is not among "
              + operatorId
              + "'s tariffs as they stood at "
              + cdr.startDateTime()
              + ", and the CDR embeds no tariff");
    }
    return priceWithOwn(cdr);
  }

  private OcpiCharge priceWithOwn(Cdr cdr) {
    if (cdr.tariffs().isEmpty()) {
      return OcpiCharge.notPriced(
          cdr.currency(), null, "no tariff", "the CDR names no tariff and embeds none");
    }
    return charge(cdr, pricer.price(cdr), OcpiCharge.EMBEDDED_TARIFF);
  }

  private static OcpiCharge charge(Cdr cdr, PricedSession priced, String tariffSource) {
    OcpiPrice computed = priced.totals().totalCost();
    if (computed.inclVat() == null) {
      return OcpiCharge.notPriced(
          cdr.currency(),
          priced.tariffId(),
          "no VAT",
          "tariff "
              + priced.tariffId()
              + " gives no price including VAT for this session, so what the driver pays is"
              + " unknown");
    }
    OcpiPrice stated = cdr.stated().totalCost();
    return OcpiCharge.priced(
        cdr.currency(),
        priced.tariffId(),
        tariffSource,
        computed.exclVat(),
        computed.inclVat(),
        stated == null ? null : stated.exclVat(),
        stated == null ? null : stated.inclVat(),
        priced.totals().totalEnergy());
  }
}
