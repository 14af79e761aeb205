package org.evsettle.rules.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.evsettle.rules.model.CardShare;
import org.evsettle.rules.model.CardTotal;
import org.evsettle.rules.model.EnergyTotal;
import org.evsettle.rules.model.SiteLoad;
import org.evsettle.rules.model.SiteLoad.SiteIdentity;
import org.evsettle.settlement.domain.AccessType;
import org.evsettle.settlement.domain.Charger;
import org.evsettle.settlement.domain.ChargingSession;
import org.evsettle.settlement.domain.DispatchEvent;
import org.evsettle.settlement.domain.DispatchKind;
import org.evsettle.settlement.domain.IntervalReading;

/**
 * Adds up a period's sessions and site readings into {@link MarketTotals}, in any order: every sum
 * is exact (kWh as {@code BigDecimal}, load profiles in whole micro-kWh), so the totals do not
 * depend on which batch, partition or order a record came in. A session's energy is spread over the
 * 15-minute intervals it spans at constant power; the shares are cut at cumulative boundaries, so
 * they add up to the session's energy exactly.
 */
public final class MarketTotalsBuilder {

  // sessions last at most 72 hours: one that starts this long before the profile may reach it
  private static final Duration LONGEST_SESSION = Duration.ofDays(3);
  // an event that starts in the period may end after it
  private static final Duration AFTER_PERIOD = Duration.ofDays(1);

  private final Instant periodStart;
  private final Instant periodEnd;
  private final Instant loadFrom;
  private final Instant loadTo;
  private final ZoneId zone;
  private final long originSlot;
  private final int slots;
  private final Map<String, Charger> chargers = new HashMap<>();
  private final Map<String, SiteIdentity> registered = new TreeMap<>();
  private final Map<String, Profile> profiles = new TreeMap<>();
  private final Map<String, Map<String, Profile>> profilesOfUnregistered = new HashMap<>();
  private final Map<CardKey, CardSum> cards = new TreeMap<>();
  private final Map<String, Sum> byCharger = new TreeMap<>();
  private final Map<String, Sum> bySite = new TreeMap<>();
  private final Map<String, Sum> byOperator = new TreeMap<>();
  private final Map<String, Set<String>> operatorsAtSite = new TreeMap<>();

  /**
   * @param chargers every operator's registered chargers
   * @param sites the site registry (a site's version is its registry record's)
   * @param events dispatch events around the period: their sites (and districts) get load profiles,
   *     and the days of load-reduction events are no baseline days
   * @param lookBack how far before the period the load profiles reach
   */
  public MarketTotalsBuilder(
      YearMonth period,
      ZoneId zone,
      Duration lookBack,
      List<Charger> chargers,
      List<SiteIdentity> sites,
      List<DispatchEvent> events) {
    this.zone = zone;
    this.periodStart = period.atDay(1).atStartOfDay(zone).toInstant();
    this.periodEnd = period.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
    this.loadFrom = periodStart.minus(lookBack);
    this.loadTo = periodEnd.plus(AFTER_PERIOD);
    this.originSlot = SiteLoad.slotOf(loadFrom);
    this.slots = (int) (SiteLoad.slotOf(loadTo.minusNanos(1)) - originSlot + 1);
    chargers.forEach(c -> this.chargers.put(c.chargerId(), c));
    sites.forEach(s -> registered.put(s.siteId(), s));
    Set<String> loadSites = new TreeSet<>(registered.keySet());
    Set<String> loadDistricts = new java.util.HashSet<>(); // a charger may have no district
    for (DispatchEvent e : events) {
      if (e.kind() == DispatchKind.LOAD_REDUCTION) {
        if (e.siteId() != null) {
          loadSites.add(e.siteId());
        } else if (e.district() != null) {
          loadDistricts.add(e.district());
        }
      }
    }
    registered.values().stream()
        .filter(s -> loadDistricts.contains(s.district()))
        .forEach(s -> loadSites.add(s.siteId()));
    chargers.stream()
        .filter(c -> loadDistricts.contains(c.district()))
        .forEach(c -> loadSites.add(c.siteId()));
    for (String site : loadSites) {
      if (registered.containsKey(site)) {
        profiles.put(site, new Profile(registered.get(site)));
      }
    }
    // a site outside the registry: each operator's chargers there make a load of their own
    chargers.stream()
        .filter(c -> loadSites.contains(c.siteId()) && !registered.containsKey(c.siteId()))
        .sorted(java.util.Comparator.comparing(Charger::chargerId))
        .forEach(
            c ->
                profilesOfUnregistered
                    .computeIfAbsent(c.siteId(), s -> new TreeMap<>())
                    .computeIfAbsent(
                        c.operatorId(),
                        o ->
                            new Profile(
                                new SiteIdentity(
                                    c.siteId(), o, c.utilityId(), c.district(), null, 0))));
    List<Profile> all = allProfiles();
    for (DispatchEvent e : events) {
      if (e.kind() == DispatchKind.LOAD_REDUCTION) {
        LocalDate day = e.startsAt().atZone(zone).toLocalDate();
        all.stream().filter(p -> addresses(e, p.site)).forEach(p -> p.eventDays.add(day));
      }
    }
  }

  private static boolean addresses(DispatchEvent e, SiteIdentity site) {
    return e.siteId() != null
        ? e.siteId().equals(site.siteId())
        : e.district() != null && e.district().equals(site.district());
  }

  private List<Profile> allProfiles() {
    List<Profile> all = new ArrayList<>(profiles.values());
    profilesOfUnregistered.values().forEach(m -> all.addAll(m.values()));
    return all;
  }

  /** Sessions starting in {@code [sessionsFrom, sessionsTo)} are the ones to add. */
  public Instant sessionsFrom() {
    return loadFrom.minus(LONGEST_SESSION);
  }

  public Instant sessionsTo() {
    return loadTo;
  }

  /** The sites whose meters' interval readings to add (a site meter's id is the site's). */
  public Set<String> siteMeters() {
    Set<String> meters = new TreeSet<>(profiles.keySet());
    meters.addAll(profilesOfUnregistered.keySet());
    return meters;
  }

  /** Adds a session (of any operator, in any order); one of an unknown charger is left out. */
  public void add(ChargingSession s) {
    Charger charger = chargers.get(s.chargerId());
    if (charger == null) {
      return;
    }
    boolean inPeriod = !s.startedAt().isBefore(periodStart) && s.startedAt().isBefore(periodEnd);
    BigDecimal kwh = s.energy().kwh();
    Profile profile = profileOf(charger);
    if (profile != null) {
      spread(profile.fromSessions, s.startedAt(), s.endedAt(), micro(kwh), null);
      if (inPeriod) {
        profile.sessions++;
      }
    }
    if (!inPeriod) {
      return;
    }
    byCharger.computeIfAbsent(charger.chargerId(), k -> new Sum()).add(kwh);
    bySite.computeIfAbsent(charger.siteId(), k -> new Sum()).add(kwh);
    byOperator.computeIfAbsent(charger.operatorId(), k -> new Sum()).add(kwh);
    operatorsAtSite
        .computeIfAbsent(charger.siteId(), k -> new TreeSet<>())
        .add(charger.operatorId());
    if (s.idTagPseudonym() != null) {
      CardSum card =
          cards.computeIfAbsent(
              new CardKey(s.idTagPseudonym(), charger.access()), k -> new CardSum());
      card.total.add(kwh);
      card.byOperator.merge(charger.operatorId(), kwh, BigDecimal::add);
    }
  }

  private Profile profileOf(Charger charger) {
    Profile registeredSite = profiles.get(charger.siteId());
    if (registeredSite != null) {
      return registeredSite;
    }
    Map<String, Profile> ofOperators = profilesOfUnregistered.get(charger.siteId());
    return ofOperators == null ? null : ofOperators.get(charger.operatorId());
  }

  /** Adds a reading of a site meter; the intervals it covers are metered from then on. */
  public void addSiteReading(IntervalReading r) {
    List<Profile> of = new ArrayList<>();
    if (profiles.containsKey(r.meterId())) {
      of.add(profiles.get(r.meterId()));
    } else if (profilesOfUnregistered.containsKey(r.meterId())) {
      of.addAll(profilesOfUnregistered.get(r.meterId()).values());
    }
    for (Profile p : of) {
      spread(p.fromMeter, r.intervalStart(), r.intervalEnd(), micro(r.imported().kwh()), p.metered);
    }
  }

  private void spread(long[] into, Instant start, Instant end, long micro, boolean[] mark) {
    long from = start.getEpochSecond();
    long seconds = end.getEpochSecond() - from;
    if (seconds <= 0) {
      return;
    }
    long first = SiteLoad.slotOf(start);
    long last = SiteLoad.slotOf(end.minusNanos(1));
    long before = 0;
    for (long slot = first; slot <= last; slot++) {
      long elapsed = Math.min(end.getEpochSecond(), (slot + 1) * SiteLoad.SLOT_SECONDS) - from;
      long upTo = Math.floorDiv(micro * elapsed + seconds / 2, seconds);
      int i = (int) (slot - originSlot);
      if (i >= 0 && i < slots) {
        into[i] += upTo - before;
        if (mark != null) {
          mark[i] = true;
        }
      }
      before = upTo;
    }
  }

  private static long micro(BigDecimal kwh) {
    return kwh.movePointRight(6).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
  }

  public MarketTotals build() {
    Map<String, List<Object>> facts = new TreeMap<>();
    List<CardTotal> cardTotals = new ArrayList<>();
    cards.forEach(
        (key, sum) -> {
          CardTotal card =
              new CardTotal(
                  key.card, key.access, sum.total.kwh, sum.total.sessions, sum.byOperator);
          cardTotals.add(card);
          card.getKwhByOperator()
              .keySet()
              .forEach(op -> factsOf(facts, op).add(new CardShare(card, op)));
        });
    List<SiteLoad> loads = new ArrayList<>();
    for (Profile p : allProfiles()) {
      long[] micro = new long[slots];
      for (int i = 0; i < slots; i++) {
        micro[i] = p.metered[i] ? p.fromMeter[i] : p.fromSessions[i];
      }
      SiteLoad load =
          new SiteLoad(
              p.site,
              zone,
              periodStart,
              periodEnd,
              originSlot,
              micro,
              p.metered,
              p.eventDays,
              p.sessions);
      loads.add(load);
      factsOf(facts, p.site.operatorId()).add(load);
    }
    List<EnergyTotal> totals = new ArrayList<>();
    byCharger.forEach(
        (id, sum) -> {
          EnergyTotal t = sum.total(EnergyTotal.CHARGER, id);
          totals.add(t);
          factsOf(facts, chargers.get(id).operatorId()).add(t);
        });
    bySite.forEach(
        (id, sum) -> {
          EnergyTotal t = sum.total(EnergyTotal.SITE, id);
          totals.add(t);
          // the registry names who is billed for a site; else the first of its operators
          String billed =
              registered.containsKey(id)
                  ? registered.get(id).operatorId()
                  : operatorsAtSite.get(id).iterator().next();
          factsOf(facts, billed).add(t);
        });
    byOperator.forEach(
        (id, sum) -> {
          EnergyTotal t = sum.total(EnergyTotal.OPERATOR, id);
          totals.add(t);
          factsOf(facts, id).add(t);
        });
    return new MarketTotals(cardTotals, loads, totals, facts);
  }

  private static List<Object> factsOf(Map<String, List<Object>> facts, String operator) {
    return facts.computeIfAbsent(operator, o -> new ArrayList<>());
  }

  private final class Profile {
    final SiteIdentity site;
    final long[] fromSessions = new long[slots];
    final long[] fromMeter = new long[slots];
    final boolean[] metered = new boolean[slots];
    final Set<LocalDate> eventDays = new TreeSet<>();
    long sessions;

    Profile(SiteIdentity site) {
      this.site = site;
    }
  }

  private record CardKey(String card, AccessType access) implements Comparable<CardKey> {
    @Override
    public int compareTo(CardKey o) {
      int c = card.compareTo(o.card);
      return c != 0 ? c : access.compareTo(o.access);
    }
  }

  private static final class Sum {
    BigDecimal kwh = BigDecimal.ZERO;
    long sessions;

    void add(BigDecimal more) {
      kwh = kwh.add(more);
      sessions++;
    }

    EnergyTotal total(String scope, String id) {
      return new EnergyTotal(scope, id, kwh, sessions);
    }
  }

  private static final class CardSum {
    final Sum total = new Sum();
    final SortedMap<String, BigDecimal> byOperator = new TreeMap<>();
  }
}
