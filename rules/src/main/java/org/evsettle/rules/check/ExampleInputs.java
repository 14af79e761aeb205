package org.evsettle.rules.check;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.evsettle.rules.engine.MarketInputs;
import org.evsettle.rules.engine.UtilitySeries;
import org.evsettle.rules.model.SiteLoad.SiteIdentity;
import org.evsettle.settlement.domain.AccessType;
import org.evsettle.settlement.domain.CarbonIntensity;
import org.evsettle.settlement.domain.Charger;
import org.evsettle.settlement.domain.ChargingSession;
import org.evsettle.settlement.domain.DispatchEvent;
import org.evsettle.settlement.domain.DispatchKind;
import org.evsettle.settlement.domain.Energy;
import org.evsettle.settlement.domain.IntervalReading;
import org.evsettle.settlement.domain.PowerFacts;
import org.evsettle.settlement.domain.Quarter;
import org.evsettle.settlement.domain.RecordStatus;
import org.evsettle.settlement.domain.SignedMetering;
import org.evsettle.settlement.domain.StationGrade;
import org.evsettle.settlement.domain.StationRating;
import org.evsettle.settlement.domain.StoredRecord;
import org.evsettle.settlement.domain.UtilityPrice;
import org.evsettle.settlement.domain.V2gDischarge;
import org.evsettle.settlement.ocmf.SigningMeter;

/**
 * A worked example's rows as the records a run reads: chargers and sites of the example's operator
 * unless a row names another, sessions and discharges sent by their charger's operator, first
 * reported an hour after they end unless the example says when. A charger whose current type,
 * connector and rated power cannot go together is refused, as ingest refuses it.
 */
final class ExampleInputs {

  private ExampleInputs() {}

  private static final LocalDate FAR_FUTURE = LocalDate.parse("2099-12-31");

  // the meter of every example charger that names none; its readings start at this register value
  private static final SigningMeter EXAMPLE_METER =
      new SigningMeter(BigInteger.valueOf(20240101L), "EXAMPLE-METER-1");
  private static final BigDecimal METER_START_KWH = new BigDecimal("1000");

  /** The example's market; prices without a currency are in the pack's. */
  static MarketInputs of(PackExample e, String currency) {
    List<Charger> chargers =
        orEmpty(e.chargers()).stream()
            .map(c -> charger(c, orElse(c.operatorId(), e.operator())))
            .toList();
    Map<String, String> operatorOf =
        chargers.stream()
            .collect(java.util.stream.Collectors.toMap(Charger::chargerId, Charger::operatorId));
    return new MarketInputs(
        chargers,
        orEmpty(e.sites()).stream()
            .map(
                s ->
                    new SiteIdentity(
                        s.siteId(),
                        orElse(s.operatorId(), e.operator()),
                        s.utilityId(),
                        s.district(),
                        s.maxDemandKw(),
                        1))
            .toList(),
        orEmpty(e.ratings()).stream()
            .map(
                r ->
                    new StationRating(
                        r.siteId(),
                        Quarter.parse(r.quarter()),
                        StationGrade.valueOf(r.rating()),
                        RecordStatus.ACTIVE))
            .toList(),
        orEmpty(e.sessions()).stream()
            .map(s -> session(s, operatorOf.getOrDefault(s.chargerId(), e.operator())))
            .toList(),
        orEmpty(e.discharges()).stream()
            .map(d -> discharge(d, operatorOf.getOrDefault(d.chargerId(), e.operator())))
            .toList(),
        orEmpty(e.dispatch()).stream().map(ExampleInputs::event).toList(),
        orEmpty(e.readings()).stream()
            .map(
                r ->
                    new IntervalReading(
                        r.meterId(),
                        r.intervalStart().toInstant(),
                        r.intervalMinutes(),
                        new Energy(r.importKwh()),
                        null,
                        RecordStatus.ACTIVE))
            .toList(),
        e.capUsed() == null ? Map.of() : e.capUsed(),
        new UtilitySeries(
            orEmpty(e.prices()).stream()
                .map(
                    p ->
                        new UtilityPrice(
                            p.utilityId(),
                            p.intervalStart().toInstant(),
                            p.intervalMinutes(),
                            p.price(),
                            Currency.getInstance(orElse(p.currency(), currency)),
                            RecordStatus.ACTIVE))
                .toList(),
            orEmpty(e.carbon()).stream()
                .map(
                    c ->
                        new CarbonIntensity(
                            c.utilityId(),
                            c.hourStart().toInstant(),
                            c.gco2PerKwh(),
                            RecordStatus.ACTIVE))
                .toList()));
  }

  private static Charger charger(PackExample.ChargerRow c, String operator) {
    Charger charger = registered(c, operator);
    // an example about a charger that cannot exist would show a policy paying for nothing real
    PowerFacts.problem(charger)
        .ifPresent(
            p -> {
              throw new IllegalArgumentException("charger " + c.chargerId() + ": " + p.reason());
            });
    return charger;
  }

  private static Charger registered(PackExample.ChargerRow c, String operator) {
    return new Charger(
        c.chargerId(),
        operator,
        c.siteId(),
        c.utilityId(),
        c.district(),
        AccessType.valueOf(c.access()),
        c.ratedPowerKw(),
        c.v2gCapable() != null && c.v2gCapable(),
        c.ocppSecurityProfile() == null ? 3 : c.ocppSecurityProfile(),
        "1",
        c.firmwareSigned() == null || c.firmwareSigned(),
        c.defaultCredentialsChanged() == null || c.defaultCredentialsChanged(),
        c.tlsCertExpires() == null ? FAR_FUTURE : c.tlsCertExpires(),
        c.signedMetering() == null
            ? SignedMetering.OCMF
            : SignedMetering.valueOf(c.signedMetering()),
        c.currentType(),
        c.connector() == null ? null : c.connector().toUpperCase(java.util.Locale.ROOT),
        orElse(c.meterPublicKey(), EXAMPLE_METER.publicKeyHex()),
        orElse(c.meterSerial(), EXAMPLE_METER.serial()),
        RecordStatus.ACTIVE);
  }

  /** What the example meter signed for the session, unless the example says otherwise. */
  private static String signedData(PackExample.SessionRow s) {
    if (s.signedData() != null) {
      return s.signedData();
    }
    if (Boolean.FALSE.equals(s.signed())) {
      return null;
    }
    BigDecimal metered = s.meteredKwh() == null ? s.energyKwh() : s.meteredKwh();
    return EXAMPLE_METER.signSession(
        s.startedAt().toInstant(),
        s.endedAt().toInstant(),
        METER_START_KWH,
        METER_START_KWH.add(metered),
        s.startedAt().getOffset());
  }

  private static StoredRecord<ChargingSession> session(PackExample.SessionRow s, String operator) {
    Instant reported =
        s.firstReportedAt() == null
            ? s.endedAt().toInstant().plusSeconds(3600)
            : s.firstReportedAt().toInstant();
    return new StoredRecord<>(
        new ChargingSession(
            s.sessionId(),
            s.chargerId(),
            s.startedAt().toInstant(),
            s.endedAt().toInstant(),
            new Energy(s.energyKwh()),
            s.idTag(),
            null,
            null,
            signedData(s),
            RecordStatus.ACTIVE),
        operator,
        1,
        "",
        0,
        0,
        reported,
        reported);
  }

  private static StoredRecord<V2gDischarge> discharge(PackExample.DischargeRow d, String operator) {
    return new StoredRecord<>(
        new V2gDischarge(
            d.dischargeId(),
            d.chargerId(),
            d.startedAt().toInstant(),
            d.endedAt().toInstant(),
            new Energy(d.energyKwh()),
            null,
            RecordStatus.ACTIVE),
        operator,
        1,
        "",
        0,
        0,
        d.endedAt().toInstant(),
        d.endedAt().toInstant());
  }

  private static StoredRecord<DispatchEvent> event(PackExample.DispatchRow d) {
    return new StoredRecord<>(
        new DispatchEvent(
            d.eventId(),
            DispatchKind.valueOf(d.kind()),
            d.startsAt().toInstant(),
            d.endsAt().toInstant(),
            d.siteId(),
            d.district(),
            null,
            RecordStatus.ACTIVE),
        d.utilityId(),
        1,
        "",
        0,
        0,
        d.startsAt().toInstant(),
        d.startsAt().toInstant());
  }

  private static String orElse(String value, String fallback) {
    return value == null ? fallback : value;
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? Collections.emptyList() : list;
  }
}
