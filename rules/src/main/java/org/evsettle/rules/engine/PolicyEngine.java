package org.evsettle.rules.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.evsettle.rules.model.CapAccount;
import org.evsettle.rules.model.CapUsage;
import org.evsettle.rules.model.ChargerFact;
import org.evsettle.rules.model.DischargeFact;
import org.evsettle.rules.model.DispatchFact;
import org.evsettle.rules.model.Line;
import org.evsettle.rules.model.PeriodFact;
import org.evsettle.rules.model.PriceCheck;
import org.evsettle.rules.model.RatingFact;
import org.evsettle.rules.model.SessionFact;
import org.evsettle.rules.model.SiteLoad;
import org.evsettle.rules.model.SubsidyClaim;
import org.evsettle.rules.model.SubsidyRefusal;
import org.evsettle.rules.model.UtilityPrices;
import org.evsettle.rules.model.ValleyShare;
import org.evsettle.rules.model.Violation;
import org.evsettle.rules.pack.CompiledPack;
import org.evsettle.rules.pack.Phases;
import org.evsettle.settlement.domain.AccessType;
import org.evsettle.settlement.domain.Charger;
import org.evsettle.settlement.domain.ChargingSession;
import org.evsettle.settlement.domain.ComplianceViolation;
import org.evsettle.settlement.domain.MeterVerdict;
import org.evsettle.settlement.domain.PolicyLine;
import org.evsettle.settlement.domain.StoredRecord;
import org.evsettle.settlement.domain.V2gDischarge;
import org.evsettle.settlement.domain.WindowClass;
import org.kie.api.runtime.KieSession;

/**
 * Evaluates a compiled pack over a partition. Stateless between calls: sessions and discharges go
 * through short-lived rule sessions in batches, so memory is bounded by the batch size and the
 * operator's chargers, not by the month; each charger's use of its annual subsidy cap is carried
 * from batch to batch. Phases run in order: classify, price, eligibility, caps, withhold, for every
 * batch; then period, once, over the partition's share of the market's period totals (what adds up
 * over more than one record is never added up over a batch); then report.
 */
public final class PolicyEngine {

  static final List<String> PHASES = Phases.RECORDS;

  /**
   * Rules of period-wide subjects (cards, sites, events), once per partition, after its records.
   */
  public static final String PERIOD = Phases.PERIOD;

  static final String REPORT = Phases.REPORT;

  private final int batchSize;
  private final Consumer<Evaluation.Refusal> refusalListener;
  private final Consumer<MeterVerdict> meterListener;

  public PolicyEngine(int batchSize) {
    this(batchSize, refusal -> {}, verdict -> {});
  }

  private PolicyEngine(
      int batchSize, Consumer<Evaluation.Refusal> refused, Consumer<MeterVerdict> meters) {
    this.batchSize = batchSize;
    this.refusalListener = refused;
    this.meterListener = meters;
  }

  /**
   * The same engine, also telling {@code refused} of each session refused a subsidy and why (a
   * what-if compares eligibility session by session; a settlement run only counts the reasons).
   */
  public PolicyEngine tellingRefusals(Consumer<Evaluation.Refusal> refused) {
    return new PolicyEngine(batchSize, refused, meterListener);
  }

  /**
   * The same engine, also telling {@code verdicts} the verdict on the signed meter values of every
   * session a rule checked, batch by batch in the partition's order (a run records them).
   */
  public PolicyEngine tellingMeterVerdicts(Consumer<MeterVerdict> verdicts) {
    return new PolicyEngine(batchSize, refusalListener, verdicts);
  }

  public Evaluation evaluate(CompiledPack pack, Partition partition, Consumer<PolicyLine> sink) {
    return evaluate(pack, partition, MarketTotals.NONE, sink);
  }

  /**
   * Evaluates the partition's records, then, if the pack has period rules, its share of the
   * market's period-wide facts.
   */
  public Evaluation evaluate(
      CompiledPack pack, Partition partition, MarketTotals market, Consumer<PolicyLine> sink) {
    var run = new Run(pack, partition, sink);
    boolean any = false;
    Iterator<StoredRecord<ChargingSession>> sessions = partition.sessions().iterator();
    while (sessions.hasNext()) {
      List<StoredRecord<ChargingSession>> batch = new ArrayList<>(Math.min(batchSize, 10_000));
      while (sessions.hasNext() && batch.size() < batchSize) {
        batch.add(sessions.next());
      }
      run.batch(batch, List.of());
      any = true;
    }
    Iterator<StoredRecord<V2gDischarge>> discharges = partition.discharges().iterator();
    while (discharges.hasNext()) {
      List<StoredRecord<V2gDischarge>> batch = new ArrayList<>(Math.min(batchSize, 10_000));
      while (discharges.hasNext() && batch.size() < batchSize) {
        batch.add(discharges.next());
      }
      run.batch(List.of(), batch);
      any = true;
    }
    if (!any) {
      run.batch(List.of(), List.of()); // chargers are still judged for compliance
    }
    if (pack.hasPhase(PERIOD)) {
      run.period(market.factsFor(partition.operatorId()));
    }
    return run.finish();
  }

  /** The state of one evaluation, carried from batch to batch. */
  private final class Run {
    private final CompiledPack pack;
    private final Partition partition;
    private final Consumer<PolicyLine> sink;
    private final PeriodFact period;
    private final Map<String, ChargerFact> chargers = new LinkedHashMap<>();
    private final List<DispatchFact> dispatch;
    private final Map<String, BigDecimal> capUsed;
    private final TreeSet<ComplianceViolation> violations =
        new TreeSet<>(
            Comparator.comparing(ComplianceViolation::chargerId)
                .thenComparing(ComplianceViolation::requirement));
    private final Map<String, Long> refusals = new TreeMap<>();
    private final ValleyShare privatePosts;
    private final ValleyShare otherPosts;
    private final List<UtilityPrices> prices;
    private final CarbonAccount carbon;
    private final OcpiCharges ocpi;
    private final PriceChecks priceChecks = new PriceChecks();
    private final MeterReading meterReading;
    // the utilities a line of this partition may name: its chargers', its events', its sites'
    private final java.util.Set<String> utilities = new java.util.HashSet<>();
    private long lines;
    private long sequence;
    private BigDecimal cappedKwh = BigDecimal.ZERO;

    Run(CompiledPack pack, Partition partition, Consumer<PolicyLine> sink) {
      this.pack = pack;
      this.partition = partition;
      this.sink = sink;
      var m = pack.manifest();
      this.period =
          new PeriodFact(
              partition.period(),
              m.zoneId(),
              m.currencyUnit(),
              m.roundingMode(),
              m.fundId(),
              pack.timeOfUse(),
              m.holidayCalendar());
      for (Charger c : partition.chargers()) {
        chargers.put(c.chargerId(), new ChargerFact(c));
      }
      this.capUsed = new TreeMap<>(partition.capUsedBefore());
      // read-only: every rule session of the run shares them
      this.dispatch =
          partition.dispatchEvents().stream()
              .map(
                  e ->
                      new DispatchFact(
                          e.record(),
                          e.partyId(),
                          e.version(),
                          !e.record().startsAt().isBefore(period.start())
                              && e.record().startsAt().isBefore(period.end())))
              .toList();
      chargers.values().forEach(c -> utilities.add(c.getUtilityId()));
      dispatch.forEach(e -> utilities.add(e.getUtilityId()));
      this.prices = UtilityPrices.of(partition.utilitySeries().prices());
      this.carbon =
          new CarbonAccount(partition.utilitySeries().carbon(), period.start(), period.end());
      this.ocpi =
          new OcpiCharges(partition.ocpi(), partition.operatorId(), m.zoneId(), m.currencyUnit());
      this.meterReading = new MeterReading(pack);
      this.privatePosts = new ValleyShare(partition.operatorId(), ValleyShare.PRIVATE_POSTS);
      this.otherPosts = new ValleyShare(partition.operatorId(), ValleyShare.OTHER_POSTS);
    }

    void batch(
        List<StoredRecord<ChargingSession>> sessions, List<StoredRecord<V2gDischarge>> discharges) {
      KieSession session = pack.kieBase().newKieSession();
      List<SessionFact> inserted = new ArrayList<>(sessions.size());
      try {
        insertContext(session);
        OcpiCharges.Batch cdrs = ocpi.batch(sessions);
        for (StoredRecord<ChargingSession> s : sessions) {
          ChargerFact charger = chargers.get(s.record().chargerId());
          if (charger == null) {
            refusals.merge("charger not registered", 1L, Long::sum);
            refusalListener.accept(
                new Evaluation.Refusal(
                    partition.operatorId(),
                    s.record().sessionId(),
                    "charger not registered",
                    "charger " + s.record().chargerId() + " is not registered"));
            continue;
          }
          if (!carbon.isEmpty()) {
            carbon.add(s.record(), charger.charger());
          }
          SessionFact fact =
              new SessionFact(
                  s.record(),
                  s.version(),
                  s.firstReceivedAt(),
                  charger,
                  sequence++,
                  partition
                      .intervals()
                      .readings(
                          s.record().chargerId(), s.record().startedAt(), s.record().endedAt()),
                  meterReading,
                  cdrs.pricing(s.record().sessionId()));
          inserted.add(fact);
          session.insert(fact);
        }
        for (StoredRecord<V2gDischarge> d : discharges) {
          ChargerFact charger = chargers.get(d.record().chargerId());
          if (charger != null) {
            session.insert(new DischargeFact(d.record(), d.version(), charger));
          }
        }
        for (int i = PHASES.size() - 1; i >= 0; i--) {
          session.getAgenda().getAgendaGroup(PHASES.get(i)).setFocus();
        }
        session.fireAllRules();
        collect(session);
        MeterReading.tellVerdicts(inserted, meterListener);
      } finally {
        session.dispose();
      }
    }

    /** The period phase: only its rules fire, over the context and the period-wide facts. */
    void period(List<Object> facts) {
      KieSession session = pack.kieBase().newKieSession();
      try {
        insertContext(session);
        for (Object fact : facts) {
          if (fact instanceof SiteLoad site && site.getUtilityId() != null) {
            utilities.add(site.getUtilityId());
          }
          session.insert(fact);
        }
        session.getAgenda().getAgendaGroup(PERIOD).setFocus();
        session.fireAllRules();
        collect(session);
      } finally {
        session.dispose();
      }
    }

    private void insertContext(KieSession session) {
      session.insert(period);
      pack.parameters().facts().forEach(session::insert);
      chargers.values().forEach(session::insert);
      for (ChargerFact c : chargers.values()) {
        session.insert(
            new CapUsage(
                c.getChargerId(), capUsed.getOrDefault(c.getChargerId(), BigDecimal.ZERO)));
      }
      partition
          .ratings()
          .forEach(r -> session.insert(new RatingFact(r.siteId(), r.quarter(), r.grade())));
      dispatch.forEach(session::insert);
      prices.forEach(session::insert);
    }

    private void collect(KieSession session) {
      List<Line> produced = new ArrayList<>();
      // a session refused for several reasons (late and at an unrated station) is one session
      // not subsidised: counted once, under its reasons together
      Map<SubsidyRefusal.Key, TreeMap<String, String>> refused = new java.util.HashMap<>();
      for (Object fact : session.getObjects()) {
        if (fact instanceof Line line) {
          produced.add(line);
        } else if (fact instanceof CapAccount account) {
          capUsed.put(account.getChargerId(), account.getUsedKwh());
        } else if (fact instanceof Violation v) {
          violations.add(
              new ComplianceViolation(
                  v.getCharger().getOperatorId(),
                  v.getChargerId(),
                  v.getRequirement().getId(),
                  v.getRequirement().getReference(),
                  v.getDetail()));
        } else if (fact instanceof SubsidyRefusal r) {
          refused
              .computeIfAbsent(r.key(), k -> new TreeMap<>())
              .put(r.getCategory(), r.getReason());
        } else if (fact instanceof PriceCheck check) {
          priceChecks.add(check);
        } else if (fact instanceof SubsidyClaim claim && claim.isCapApplied()) {
          cappedKwh = cappedKwh.add(claim.getCappedKwh());
        }
      }
      for (var refusal : refused.entrySet()) {
        var reasons = refusal.getValue();
        String category = String.join(" and ", reasons.keySet());
        refusals.merge(category, 1L, Long::sum);
        refusalListener.accept(
            new Evaluation.Refusal(
                refusal.getKey().operatorId(),
                refusal.getKey().sessionId(),
                category,
                String.join("; ", reasons.values())));
      }
      produced.sort(LineOrder.IN_PARTITION);
      for (Line line : produced) {
        PolicyLine out = PackLines.toPolicyLine(pack, line, utilities);
        ChargerFact charger = chargers.get(out.chargerId());
        // the valley share is of charging at posts: a period-wide line names no charger
        if (charger != null && pack.terms().countsEnergy(out.component())) {
          boolean valley = WindowClass.VALLEY.equals(out.windowClass());
          (charger.getAccess() == AccessType.PRIVATE ? privatePosts : otherPosts)
              .add(out.quantity(), valley);
        }
        sink.accept(out);
        lines++;
      }
    }

    Evaluation finish() {
      List<Evaluation.ValleyShareResult> shares = new ArrayList<>();
      KieSession session = pack.kieBase().newKieSession();
      try {
        pack.parameters().facts().forEach(session::insert);
        session.insert(privatePosts);
        session.insert(otherPosts);
        session.getAgenda().getAgendaGroup(REPORT).setFocus();
        session.fireAllRules();
      } finally {
        session.dispose();
      }
      for (ValleyShare v : List.of(privatePosts, otherPosts)) {
        if (v.getTotalKwh().signum() > 0) {
          shares.add(
              new Evaluation.ValleyShareResult(
                  v.getOperatorId(),
                  v.getGroup(),
                  v.getValleyKwh(),
                  v.getTotalKwh(),
                  v.getPercent(),
                  v.getTargetPercent(),
                  v.meetsTarget()));
        }
      }
      return new Evaluation(
          pack.sha256(),
          lines,
          List.copyOf(violations),
          shares,
          Map.copyOf(refusals),
          cappedKwh,
          Map.copyOf(capUsed),
          java.util.stream.Stream.concat(
                  carbon.measures().stream(), priceChecks.measures().stream())
              .toList());
    }
  }
}
