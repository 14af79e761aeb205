package org.evsettle.batch.publish;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.evsettle.settlement.domain.Charger;
import org.evsettle.settlement.domain.ChargingSession;
import org.evsettle.settlement.domain.DispatchEvent;
import org.evsettle.settlement.domain.IntervalReading;
import org.evsettle.settlement.domain.LineSubject;
import org.evsettle.settlement.domain.StoredRecord;
import org.evsettle.settlement.ledger.InputSnapshot;
import org.evsettle.settlement.ledger.PeriodSource;
import org.evsettle.settlement.ledger.RunReportData;
import org.evsettle.settlement.ledger.SettlementRun;

/**
 * For the auditor, the records each period-wide line of a run was computed from: a card's sessions
 * at the operator in the month; the sessions at a site's chargers that overlap the month (every
 * operator's at a registered site, the operator's own at another); the sessions at the chargers a
 * dispatch event covers (its site, or its district's sites billed to the operator) from the pack's
 * look-back before the event to its end; and the interval readings of those sites' meters over the
 * same stretches. Read from the latest versions, as the run that has just settled read them,
 * streamed operator by operator; only runs with period-wide lines read anything.
 */
final class PeriodSources {

  private static final Duration LONGEST_SESSION = Duration.ofHours(72);

  private final Map<String, Set<String>> cardsByOperator = new HashMap<>();
  private final Map<String, List<PeriodSource.Subject>> sitesById = new HashMap<>();
  private final List<PeriodSource.Subject> events = new ArrayList<>();
  private final Map<String, DispatchEvent> eventsById = new HashMap<>();
  private final Map<String, Charger> chargers = new HashMap<>();
  // registered sites and the operator each is billed to: a registered site's load is every
  // operator's; an unregistered one's, its own chargers' operator's
  private final Map<String, String> siteOperator = new HashMap<>();
  private final Instant from;
  private final Instant to;
  private final Duration lookBack;

  private PeriodSources(SettlementRun run, ZoneId zone, Duration lookBack) {
    this.from = run.period().atDay(1).atStartOfDay(zone).toInstant();
    this.to = run.period().plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
    this.lookBack = lookBack;
  }

  /** The sources, to be closed once read. */
  static Stream<PeriodSource> of(
      RunReportData reportData,
      InputSnapshot inputs,
      SettlementRun run,
      ZoneId zone,
      Duration lookBack) {
    PeriodSources sources = new PeriodSources(run, zone, lookBack);
    List<PeriodSource.Subject> subjects = reportData.periodSubjects(run.id());
    if (subjects.isEmpty()) {
      return Stream.empty();
    }
    for (PeriodSource.Subject s : subjects) {
      switch (s.type()) {
        case CARDS ->
            sources
                .cardsByOperator
                .computeIfAbsent(s.operatorId(), o -> new HashSet<>())
                .add(s.id());
        case SITES -> sources.sitesById.computeIfAbsent(s.id(), id -> new ArrayList<>()).add(s);
        case DISPATCH -> sources.events.add(s);
        default -> throw new IllegalStateException("not a period-wide subject: " + s);
      }
    }
    inputs.allChargers().forEach(c -> sources.chargers.put(c.chargerId(), c));
    inputs.sites().forEach(site -> sources.siteOperator.put(site.siteId(), site.operatorId()));
    // a session lasts at most 72 hours: one starting that long before a stretch can reach into it
    Instant earliest = sources.from.minus(lookBack).minus(LONGEST_SESSION);
    Instant latest = sources.to.plus(Duration.ofDays(3));
    inputs
        .dispatchEvents(earliest, latest)
        .forEach(e -> sources.eventsById.put(e.record().eventId(), e.record()));
    Stream<PeriodSource> sessions =
        inputs.operators().stream()
            .flatMap(op -> inputs.sessions(op, earliest, latest).flatMap(sources::sourcesOf));
    // read last: a month of a few sites' meters is small
    return Stream.concat(
        sessions,
        Stream.of(sources)
            .flatMap(
                src ->
                    inputs.meterReadings(src.meters(), earliest, latest).stream()
                        .flatMap(src::sourcesOf)));
  }

  // the meters that measure the subjects' sites: the sites of site lines and of site events
  private List<String> meters() {
    java.util.TreeSet<String> meters = new java.util.TreeSet<>(sitesById.keySet());
    for (PeriodSource.Subject subject : events) {
      DispatchEvent e = eventsById.get(subject.id());
      if (e != null && e.siteId() != null) {
        meters.add(e.siteId());
      }
    }
    return List.copyOf(meters);
  }

  private Stream<PeriodSource> sourcesOf(IntervalReading r) {
    List<PeriodSource> out = new ArrayList<>();
    Instant start = r.intervalStart();
    Instant end = start.plus(Duration.ofMinutes(r.intervalMinutes()));
    if (start.isBefore(to) && end.isAfter(from)) {
      for (PeriodSource.Subject site : sitesById.getOrDefault(r.meterId(), List.of())) {
        out.add(reading(LineSubject.SITES, site, r));
      }
    }
    for (PeriodSource.Subject subject : events) {
      DispatchEvent e = eventsById.get(subject.id());
      if (e != null
          && r.meterId().equals(e.siteId())
          && start.isBefore(e.endsAt())
          && end.isAfter(e.startsAt().minus(lookBack))) {
        out.add(reading(LineSubject.DISPATCH, subject, r));
      }
    }
    return out.stream();
  }

  private static PeriodSource reading(
      LineSubject type, PeriodSource.Subject subject, IntervalReading r) {
    return new PeriodSource(
        type,
        subject.id(),
        subject.operatorId(),
        PeriodSource.INTERVALS,
        r.meterId(),
        null,
        null,
        null,
        r.intervalStart(),
        r.imported().kwh());
  }

  private Stream<PeriodSource> sourcesOf(StoredRecord<ChargingSession> stored) {
    ChargingSession s = stored.record();
    Charger charger = chargers.get(s.chargerId());
    if (charger == null) {
      return Stream.empty();
    }
    List<PeriodSource> out = new ArrayList<>();
    String card = s.idTagPseudonym();
    if (card != null
        && cardsByOperator.getOrDefault(stored.partyId(), Set.of()).contains(card)
        && !s.startedAt().isBefore(from)
        && s.startedAt().isBefore(to)) {
      out.add(source(LineSubject.CARDS, card, stored.partyId(), stored));
    }
    if (overlaps(s, from, to)) {
      for (PeriodSource.Subject site : sitesById.getOrDefault(charger.siteId(), List.of())) {
        if (counted(charger, site.operatorId())) {
          out.add(source(LineSubject.SITES, site.id(), site.operatorId(), stored));
        }
      }
    }
    for (PeriodSource.Subject subject : events) {
      DispatchEvent e = eventsById.get(subject.id());
      if (e != null
          && covers(e, charger)
          && counted(charger, subject.operatorId())
          && overlaps(s, e.startsAt().minus(lookBack), e.endsAt())) {
        out.add(source(LineSubject.DISPATCH, subject.id(), subject.operatorId(), stored));
      }
    }
    return out.stream();
  }

  // whether the charger's energy is in the load of a site billed to this operator
  private boolean counted(Charger charger, String operator) {
    return operator.equals(siteOperator.getOrDefault(charger.siteId(), charger.operatorId()));
  }

  private static boolean covers(DispatchEvent e, Charger c) {
    return e.siteId() != null
        ? e.siteId().equals(c.siteId())
        : e.district() != null && e.district().equals(c.district());
  }

  private static boolean overlaps(ChargingSession s, Instant start, Instant end) {
    return s.startedAt().isBefore(end) && s.endedAt().isAfter(start);
  }

  private PeriodSource source(
      LineSubject type, String subject, String operator, StoredRecord<ChargingSession> stored) {
    ChargingSession s = stored.record();
    return new PeriodSource(
        type,
        subject,
        operator,
        PeriodSource.SESSIONS,
        s.sessionId(),
        stored.version(),
        s.chargerId(),
        chargers.get(s.chargerId()).access(),
        s.startedAt(),
        s.energy().kwh());
  }
}
