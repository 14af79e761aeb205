package org.evsettle.rules.engine;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.evsettle.settlement.domain.ChargingSession;
import org.evsettle.settlement.domain.StoredRecord;

/**
 * Where a partition's OCPI 2.2.1 documents come from: the CDR each session was sent as, and the
 * operator's tariffs. The engine asks batch by batch, and only once a rule asks about a session's
 * OCPI price, so a pack that never does reads nothing and a month is never held in memory.
 */
public interface OcpiSource {

  /** No CDRs and no tariffs: every session came from a CSV. */
  OcpiSource NONE =
      new OcpiSource() {
        @Override
        public Map<String, String> cdrs(
            String operatorId, List<StoredRecord<ChargingSession>> batch) {
          return Map.of();
        }

        @Override
        public Optional<String> tariff(String operatorId, String tariffId, Instant at) {
          return Optional.empty();
        }
      };

  /**
   * The CDR JSON text of the sessions of {@code batch} that came from a CDR, by session id, each
   * the CDR of the version in the batch (a batch holds one version per session); a session not in
   * the map came from a CSV. Called at most once per batch.
   */
  Map<String, String> cdrs(String operatorId, List<StoredRecord<ChargingSession>> batch);

  /**
   * The JSON text of the operator's tariff {@code tariffId} as it stood at {@code at} (a session's
   * start): of its stored versions, the latest whose OCPI {@code last_updated} is not after {@code
   * at}; empty when there is none. Called for each CDR whose charging periods name a tariff: an
   * implementation over a database caches an operator's tariffs (they are few).
   */
  Optional<String> tariff(String operatorId, String tariffId, Instant at);
}
