package org.evsettle.batch.settle;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.function.Function;
import java.util.stream.Stream;
import org.evsettle.rules.engine.IntervalSource;
import org.evsettle.rules.engine.Partition;
import org.evsettle.rules.engine.UtilitySeries;
import org.evsettle.settlement.domain.ChargingSession;
import org.evsettle.settlement.domain.StoredRecord;
import org.evsettle.settlement.domain.V2gDischarge;
import org.evsettle.settlement.ledger.InputSnapshot;
import org.evsettle.settlement.ledger.LedgerStore;
import org.evsettle.settlement.persistence.OcpiStore;
import org.springframework.stereotype.Component;

/**
 * An operator's partition of a period, read from the latest inputs: its chargers, the ratings,
 * dispatch events, the subsidy cap used before the period, its sessions and discharges (streamed),
 * interval readings, and utilities' prices and carbon intensities. Settlement runs and what-ifs
 * read the same partition.
 */
@Component
public class PartitionReader {

  // a session belongs to the month it starts in, and lasts at most 72 hours
  private static final long LONGEST_SESSION_SECONDS = 3 * 86_400;

  private final InputSnapshot inputs;
  private final LedgerStore ledger;
  private final OcpiStore ocpi;

  public PartitionReader(InputSnapshot inputs, LedgerStore ledger, OcpiStore ocpi) {
    this.inputs = inputs;
    this.ledger = ledger;
    this.ocpi = ocpi;
  }

  /** Gives the partition to {@code use}; its record streams are open only while it runs. */
  public <T> T read(String operatorId, YearMonth period, ZoneId zone, Function<Partition, T> use) {
    Instant from = period.atDay(1).atStartOfDay(zone).toInstant();
    Instant to = period.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
    Instant lastEnd = to.plusSeconds(LONGEST_SESSION_SECONDS);
    try (Stream<StoredRecord<ChargingSession>> sessions = inputs.sessions(operatorId, from, to);
        Stream<StoredRecord<V2gDischarge>> discharges = inputs.discharges(operatorId, from, to)) {
      return use.apply(
          new Partition(
              operatorId,
              period,
              inputs.chargers(operatorId),
              inputs.ratings(),
              inputs.dispatchEvents(from, lastEnd),
              ledger.capUsedBefore(period),
              sessions::iterator,
              discharges::iterator,
              IntervalSource.of(inputs.readings(operatorId, from, lastEnd)),
              new UtilitySeries(inputs.prices(from, lastEnd), inputs.carbon(from, lastEnd)),
              new StoredOcpiDocuments(ocpi)));
    }
  }
}
