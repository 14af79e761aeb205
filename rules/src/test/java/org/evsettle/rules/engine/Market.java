package org.evsettle.rules.engine;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.evsettle.rules.model.SiteLoad.SiteIdentity;
import org.evsettle.rules.pack.CompiledPack;
import org.evsettle.settlement.domain.AccessType;
import org.evsettle.settlement.domain.Charger;
import org.evsettle.settlement.domain.ChargingSession;
import org.evsettle.settlement.domain.DispatchEvent;
import org.evsettle.settlement.domain.DispatchKind;
import org.evsettle.settlement.domain.Energy;
import org.evsettle.settlement.domain.IntervalReading;
import org.evsettle.settlement.domain.PolicyLine;
import org.evsettle.settlement.domain.RecordStatus;
import org.evsettle.settlement.domain.SignedMetering;
import org.evsettle.settlement.domain.StoredRecord;

/**
 * Several operators' inputs in Beijing time (local {@code 2026-10-12T10:00}, read at +08:00),
 * settled the way a run does: the market's totals first, from every session in a given order, then
 * each operator's partition in batches of a given size.
 */
final class Market {

  final List<Charger> chargers = new ArrayList<>();
  final List<SiteIdentity> sites = new ArrayList<>();
  final List<StoredRecord<ChargingSession>> sessions = new ArrayList<>();
  final List<StoredRecord<DispatchEvent>> events = new ArrayList<>();
  final List<IntervalReading> siteReadings = new ArrayList<>();
  private int sequence;

  static Instant local(String text) {
    return OffsetDateTime.parse(text + ":00+08:00").toInstant();
  }

  Market charger(String id, String operator, String site, AccessType access, String kw) {
    chargers.add(
        new Charger(
            id,
            operator,
            site,
            "UT1",
            "Haidian",
            access,
            new BigDecimal(kw),
            false,
            3,
            "1.0",
            true,
            true,
            LocalDate.parse("2030-01-01"),
            SignedMetering.OCMF,
            null,
            null,
            RecordStatus.ACTIVE));
    return this;
  }

  Market site(String id, String operator, String maxDemandKw) {
    sites.add(
        new SiteIdentity(
            id,
            operator,
            "UT1",
            "Haidian",
            maxDemandKw == null ? null : new BigDecimal(maxDemandKw),
            1));
    return this;
  }

  Market session(String charger, String card, String from, String to, String kwh) {
    String operator =
        chargers.stream()
            .filter(c -> c.chargerId().equals(charger))
            .findFirst()
            .orElseThrow()
            .operatorId();
    var s =
        new ChargingSession(
            "S-" + (++sequence),
            charger,
            local(from),
            local(to),
            Energy.kwh(kwh),
            card,
            null,
            null,
            null,
            RecordStatus.ACTIVE);
    Instant reported = local(to).plusSeconds(3600);
    sessions.add(new StoredRecord<>(s, operator, 1, "h", 1, 2, reported, reported));
    return this;
  }

  Market loadReduction(String id, String site, String from, String to) {
    var e =
        new DispatchEvent(
            id,
            DispatchKind.LOAD_REDUCTION,
            local(from),
            local(to),
            site,
            null,
            null,
            RecordStatus.ACTIVE);
    events.add(new StoredRecord<>(e, "UT1", 1, "h", 1, 2, local(from), local(from)));
    return this;
  }

  Market siteReading(String site, String from, int minutes, String kwh) {
    siteReadings.add(
        new IntervalReading(
            site, local(from), minutes, Energy.kwh(kwh), null, RecordStatus.ACTIVE));
    return this;
  }

  /** Every operator's lines, operator by operator, as a run writes them. */
  List<PolicyLine> settle(CompiledPack pack, String month, int batchSize, long shuffleSeed) {
    List<StoredRecord<ChargingSession>> order = new ArrayList<>(sessions);
    Collections.shuffle(order, new Random(shuffleSeed));
    List<PolicyLine> lines = new ArrayList<>();
    new MarketInputs(
            chargers, sites, List.of(), order, List.of(), events, siteReadings, java.util.Map.of())
        .settle(pack, YearMonth.parse(month), batchSize, lines::add);
    return lines;
  }
}
