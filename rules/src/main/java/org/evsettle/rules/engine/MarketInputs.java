package org.evsettle.rules.engine;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.evsettle.rules.model.SiteLoad.SiteIdentity;
import org.evsettle.rules.pack.CompiledPack;
import org.evsettle.settlement.domain.Charger;
import org.evsettle.settlement.domain.ChargingSession;
import org.evsettle.settlement.domain.DispatchEvent;
import org.evsettle.settlement.domain.InputRecord;
import org.evsettle.settlement.domain.IntervalReading;
import org.evsettle.settlement.domain.PolicyLine;
import org.evsettle.settlement.domain.StationRating;
import org.evsettle.settlement.domain.StoredRecord;
import org.evsettle.settlement.domain.V2gDischarge;

/**
 * A whole market's inputs held in memory (a pack's worked examples, tests), settled the way a run
 * settles the database's: the period totals first, from every session, then each operator's
 * partition, operators in id order. Sessions may start before the period (a baseline's days): only
 * those that start in it are settled.
 */
public record MarketInputs(
    List<Charger> chargers,
    List<SiteIdentity> sites,
    List<StationRating> ratings,
    List<StoredRecord<ChargingSession>> sessions,
    List<StoredRecord<V2gDischarge>> discharges,
    List<StoredRecord<DispatchEvent>> dispatch,
    List<IntervalReading> readings,
    Map<String, BigDecimal> capUsed,
    UtilitySeries utilitySeries) {

  /** A market whose utilities publish no prices or carbon intensities. */
  public MarketInputs(
      List<Charger> chargers,
      List<SiteIdentity> sites,
      List<StationRating> ratings,
      List<StoredRecord<ChargingSession>> sessions,
      List<StoredRecord<V2gDischarge>> discharges,
      List<StoredRecord<DispatchEvent>> dispatch,
      List<IntervalReading> readings,
      Map<String, BigDecimal> capUsed) {
    this(
        chargers,
        sites,
        ratings,
        sessions,
        discharges,
        dispatch,
        readings,
        capUsed,
        UtilitySeries.NONE);
  }

  /** The evaluation of every operator, in operator order; lines go to {@code sink} as produced. */
  public Map<String, Evaluation> settle(
      CompiledPack pack, YearMonth period, int batchSize, Consumer<PolicyLine> sink) {
    return settle(pack, period, new PolicyEngine(batchSize), sink);
  }

  /** Like {@link #settle(CompiledPack, YearMonth, int, Consumer)}, with this engine. */
  public Map<String, Evaluation> settle(
      CompiledPack pack, YearMonth period, PolicyEngine engine, Consumer<PolicyLine> sink) {
    MarketTotals market = totals(pack, period, sessions);
    var zone = pack.manifest().zoneId();
    Instant from = period.atDay(1).atStartOfDay(zone).toInstant();
    Instant to = period.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
    TreeSet<String> operators = new TreeSet<>(market.operators());
    chargers.forEach(c -> operators.add(c.operatorId()));
    sites.forEach(s -> operators.add(s.operatorId()));
    IntervalSource intervals = IntervalSource.of(readings);
    Map<String, Evaluation> evaluations = new java.util.LinkedHashMap<>();
    for (String op : operators) {
      var partition =
          new Partition(
              op,
              period,
              chargers.stream().filter(c -> c.operatorId().equals(op)).toList(),
              ratings,
              dispatch.stream()
                  .filter(e -> e.record().startsAt().isBefore(to.plusSeconds(3 * 86_400)))
                  .filter(e -> e.record().endsAt().isAfter(from))
                  .toList(),
              capUsed,
              inPeriod(sessions, op, from, to, ChargingSession::startedAt),
              inPeriod(discharges, op, from, to, V2gDischarge::startedAt),
              intervals,
              utilitySeries);
      evaluations.put(op, engine.evaluate(pack, partition, market, sink));
    }
    return evaluations;
  }

  /** The period totals, adding the sessions up in the order given. */
  public MarketTotals totals(
      CompiledPack pack, YearMonth period, List<StoredRecord<ChargingSession>> inOrder) {
    var builder =
        new MarketTotalsBuilder(
            period,
            pack.manifest().zoneId(),
            pack.manifest().lookBack(),
            chargers,
            sites,
            dispatch.stream().map(StoredRecord::record).toList());
    for (var s : inOrder) {
      if (!s.record().startedAt().isBefore(builder.sessionsFrom())
          && s.record().startedAt().isBefore(builder.sessionsTo())) {
        builder.add(s.record());
      }
    }
    readings.forEach(builder::addSiteReading);
    return builder.build();
  }

  // an operator's records of the period in the order a run streams them: by start, then id
  private static <T extends InputRecord> List<StoredRecord<T>> inPeriod(
      List<StoredRecord<T>> records,
      String operator,
      Instant from,
      Instant to,
      java.util.function.Function<T, Instant> start) {
    return records.stream()
        .filter(r -> r.partyId().equals(operator))
        .filter(
            r -> !start.apply(r.record()).isBefore(from) && start.apply(r.record()).isBefore(to))
        .sorted(
            Comparator.comparing((StoredRecord<T> r) -> start.apply(r.record()))
                .thenComparing(r -> r.record().recordId()))
        .toList();
  }
}
