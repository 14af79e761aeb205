package org.evsettle.rules.engine;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.evsettle.settlement.domain.Charger;
import org.evsettle.settlement.domain.ChargingSession;
import org.evsettle.settlement.domain.DispatchEvent;
import org.evsettle.settlement.domain.StationRating;
import org.evsettle.settlement.domain.StoredRecord;
import org.evsettle.settlement.domain.V2gDischarge;

/**
 * One operator's share of a period: its chargers, the latest versions of its sessions and
 * discharges (iterated once, earliest first, so they can stream from a database), the utilities'
 * dispatch events and readings, the regulator's ratings, the subsidised energy each charger used
 * earlier in the year, the utilities' published prices and carbon intensities, and where the OCPI
 * CDRs of its sessions and its tariffs are read from.
 */
public record Partition(
    String operatorId,
    YearMonth period,
    List<Charger> chargers,
    List<StationRating> ratings,
    List<StoredRecord<DispatchEvent>> dispatchEvents,
    Map<String, BigDecimal> capUsedBefore,
    Iterable<StoredRecord<ChargingSession>> sessions,
    Iterable<StoredRecord<V2gDischarge>> discharges,
    IntervalSource intervals,
    UtilitySeries utilitySeries,
    OcpiSource ocpi) {

  /** A partition whose sessions all came from CSV rows (no OCPI CDRs). */
  public Partition(
      String operatorId,
      YearMonth period,
      List<Charger> chargers,
      List<StationRating> ratings,
      List<StoredRecord<DispatchEvent>> dispatchEvents,
      Map<String, BigDecimal> capUsedBefore,
      Iterable<StoredRecord<ChargingSession>> sessions,
      Iterable<StoredRecord<V2gDischarge>> discharges,
      IntervalSource intervals,
      UtilitySeries utilitySeries) {
    this(
        operatorId,
        period,
        chargers,
        ratings,
        dispatchEvents,
        capUsedBefore,
        sessions,
        discharges,
        intervals,
        utilitySeries,
        OcpiSource.NONE);
  }

  /** A partition without utilities' prices or carbon intensities. */
  public Partition(
      String operatorId,
      YearMonth period,
      List<Charger> chargers,
      List<StationRating> ratings,
      List<StoredRecord<DispatchEvent>> dispatchEvents,
      Map<String, BigDecimal> capUsedBefore,
      Iterable<StoredRecord<ChargingSession>> sessions,
      Iterable<StoredRecord<V2gDischarge>> discharges,
      IntervalSource intervals) {
    this(
        operatorId,
        period,
        chargers,
        ratings,
        dispatchEvents,
        capUsedBefore,
        sessions,
        discharges,
        intervals,
        UtilitySeries.NONE);
  }
}
