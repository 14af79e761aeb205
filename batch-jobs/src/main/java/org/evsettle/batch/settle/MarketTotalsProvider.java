package org.evsettle.batch.settle;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.evsettle.rules.engine.MarketTotals;
import org.evsettle.rules.engine.MarketTotalsBuilder;
import org.evsettle.rules.engine.PolicyEngine;
import org.evsettle.rules.model.SiteLoad.SiteIdentity;
import org.evsettle.rules.pack.CompiledPack;
import org.evsettle.settlement.domain.ChargingSession;
import org.evsettle.settlement.domain.StoredRecord;
import org.evsettle.settlement.ledger.InputSnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The market's period-wide totals of a run, added up once from the database (every operator's
 * sessions, the site registry, site meters' readings) by the first partition that asks, and shared
 * by the others. A resumed run adds them up again: they are a function of the inputs, which a run
 * reads as they were when it started. A pack without period rules needs none, and gets none.
 */
@Component
public class MarketTotalsProvider {

  private static final Logger log = LoggerFactory.getLogger(MarketTotalsProvider.class);

  private final InputSnapshot inputs;
  private long runId = -1;
  private MarketTotals totals;

  public MarketTotalsProvider(InputSnapshot inputs) {
    this.inputs = inputs;
  }

  public synchronized MarketTotals forRun(long runId, CompiledPack pack, YearMonth period) {
    if (!pack.hasPhase(PolicyEngine.PERIOD)) {
      return MarketTotals.NONE;
    }
    if (this.runId != runId) {
      long started = System.nanoTime();
      totals = addUp(pack, period);
      this.runId = runId;
      log.info(
          "period totals of {}: {} card totals, {} site load profiles, in {} ms",
          period,
          totals.cards().size(),
          totals.sites().size(),
          (System.nanoTime() - started) / 1_000_000);
    }
    return totals;
  }

  /** The totals a draft pack needs, added up afresh for it (a what-if's; never shared). */
  public MarketTotals forDraft(CompiledPack pack, YearMonth period) {
    return pack.hasPhase(PolicyEngine.PERIOD) ? addUp(pack, period) : MarketTotals.NONE;
  }

  private MarketTotals addUp(CompiledPack pack, YearMonth period) {
    var manifest = pack.manifest();
    var zone = manifest.zoneId();
    List<SiteIdentity> sites =
        inputs.storedSites().stream()
            .map(
                s ->
                    new SiteIdentity(
                        s.record().siteId(),
                        s.record().operatorId(),
                        s.record().utilityId(),
                        s.record().district(),
                        s.record().maxDemandKw(),
                        s.version()))
            .toList();
    var from = period.atDay(1).atStartOfDay(zone).toInstant().minus(manifest.lookBack());
    var to = period.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant().plusSeconds(86_400);
    var builder =
        new MarketTotalsBuilder(
            period,
            zone,
            manifest.lookBack(),
            inputs.allChargers(),
            sites,
            inputs.dispatchEvents(from, to).stream().map(StoredRecord::record).toList());
    for (String operator : inputs.operators()) {
      try (Stream<StoredRecord<ChargingSession>> sessions =
          inputs.sessions(operator, builder.sessionsFrom(), builder.sessionsTo())) {
        sessions.forEach(s -> builder.add(s.record()));
      }
    }
    inputs
        .meterReadings(new ArrayList<>(builder.siteMeters()), from, builder.sessionsTo())
        .forEach(builder::addSiteReading);
    return builder.build();
  }
}
