package org.evsettle.rules.engine;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.evsettle.settlement.domain.Charger;
import org.evsettle.settlement.domain.ChargingSession;
import org.evsettle.settlement.domain.Energy;
import org.evsettle.settlement.domain.RecordStatus;
import org.evsettle.settlement.domain.StoredRecord;

/**
 * Operator OP1's October 2026 in London (BST, +01:00): CSV sessions and sessions sent as OCPI CDRs,
 * its stored tariffs by id and last_updated, and an {@link OcpiSource} over them that counts how
 * often the engine asks.
 */
final class OcpiMarket implements OcpiSource {

  final List<Charger> chargers = new ArrayList<>();
  final List<StoredRecord<ChargingSession>> sessions = new ArrayList<>();
  private final Map<String, String> cdrs = new HashMap<>();
  // tariff id -> last_updated -> JSON
  private final Map<String, TreeMap<Instant, String>> tariffs = new HashMap<>();
  int cdrBatchesAsked;
  int tariffsAsked;

  OcpiMarket charger(Charger charger) {
    chargers.add(charger);
    return this;
  }

  /** A session of an hour sent as a CSV row, from local {@code 2026-10-06T10:00} at +01:00. */
  OcpiMarket csvSession(String id, String charger, String from, String kwh) {
    Instant start = bst(from);
    Instant end = start.plusSeconds(3600);
    var s =
        new ChargingSession(
            id, charger, start, end, Energy.kwh(kwh), null, null, null, null, RecordStatus.ACTIVE);
    Instant reported = end.plusSeconds(3600);
    sessions.add(new StoredRecord<>(s, "OP1", 1, "h", 1, 2, reported, reported));
    return this;
  }

  /** A session sent as a CDR: the session record, and the CDR's JSON kept beside it. */
  OcpiMarket cdrSession(String id, String charger, String from, String kwh, String cdrJson) {
    csvSession(id, charger, from, kwh);
    cdrs.put(id, cdrJson);
    return this;
  }

  OcpiMarket tariff(String json) {
    tariffs
        .computeIfAbsent(OcpiDocuments.idOf(json), k -> new TreeMap<>())
        .put(OcpiDocuments.lastUpdatedOf(json), json);
    return this;
  }

  static Instant bst(String local) {
    return OffsetDateTime.parse(local + ":00+01:00").toInstant();
  }

  Partition partition() {
    return new Partition(
        "OP1",
        YearMonth.of(2026, 10),
        chargers,
        List.of(),
        List.of(),
        Map.of(),
        sessions,
        List.of(),
        IntervalSource.NONE,
        UtilitySeries.NONE,
        this);
  }

  @Override
  public Map<String, String> cdrs(String operatorId, List<StoredRecord<ChargingSession>> batch) {
    cdrBatchesAsked++;
    Map<String, String> found = new HashMap<>();
    for (StoredRecord<ChargingSession> s : batch) {
      String json = cdrs.get(s.record().sessionId());
      if (json != null && operatorId.equals(s.partyId())) {
        found.put(s.record().sessionId(), json);
      }
    }
    return found;
  }

  @Override
  public Optional<String> tariff(String operatorId, String tariffId, Instant at) {
    tariffsAsked++;
    var versions = tariffs.get(tariffId);
    return versions == null
        ? Optional.empty()
        : Optional.ofNullable(versions.floorEntry(at)).map(Map.Entry::getValue);
  }
}
