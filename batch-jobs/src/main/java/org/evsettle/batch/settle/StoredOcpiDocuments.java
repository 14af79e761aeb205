package org.evsettle.batch.settle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.evsettle.rules.engine.OcpiSource;
import org.evsettle.settlement.domain.ChargingSession;
import org.evsettle.settlement.domain.StoredRecord;
import org.evsettle.settlement.persistence.OcpiStore;
import org.evsettle.settlement.persistence.OcpiStore.SessionVersion;
import org.evsettle.settlement.persistence.TariffHistory;

/**
 * A partition's OCPI documents as ingest stored them: the CDR behind each session version, read a
 * batch at a time, and the operator's tariff history, read once on the first CDR that names one.
 */
final class StoredOcpiDocuments implements OcpiSource {

  private final OcpiStore store;
  private final Map<String, TariffHistory> tariffs = new HashMap<>();

  StoredOcpiDocuments(OcpiStore store) {
    this.store = store;
  }

  @Override
  public Map<String, String> cdrs(String operatorId, List<StoredRecord<ChargingSession>> batch) {
    List<SessionVersion> versions = new ArrayList<>(batch.size());
    for (StoredRecord<ChargingSession> s : batch) {
      versions.add(new SessionVersion(s.record().sessionId(), s.version()));
    }
    Map<String, String> bySession = new HashMap<>();
    store.cdrs(operatorId, versions).forEach((v, json) -> bySession.put(v.sessionId(), json));
    return bySession;
  }

  @Override
  public Optional<String> tariff(String operatorId, String tariffId, Instant at) {
    return tariffs.computeIfAbsent(operatorId, store::tariffHistory).at(tariffId, at);
  }
}
