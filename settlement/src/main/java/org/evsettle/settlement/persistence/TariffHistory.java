package org.evsettle.settlement.persistence;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every stored version of an operator's OCPI tariffs, by tariff id and {@code last_updated}: what a
 * tariff said at an instant is its version with the latest {@code last_updated} not after it (the
 * highest stored version of a tie; a VOID version withdraws the tariff from then on).
 */
public final class TariffHistory {

  private final Map<String, NavigableMap<Instant, Optional<String>>> byId = new HashMap<>();

  /** Adds one version; versions must come in stored order within a {@code last_updated}. */
  void add(String tariffId, Instant lastUpdated, boolean voided, String json) {
    byId.computeIfAbsent(tariffId, id -> new TreeMap<>())
        .put(lastUpdated, voided ? Optional.empty() : Optional.of(json));
  }

  /** The tariff's JSON text as it stood at {@code at}; empty if not yet sent, or withdrawn. */
  public Optional<String> at(String tariffId, Instant at) {
    NavigableMap<Instant, Optional<String>> versions = byId.get(tariffId);
    if (versions == null) {
      return Optional.empty();
    }
    Map.Entry<Instant, Optional<String>> latest = versions.floorEntry(at);
    return latest == null ? Optional.empty() : latest.getValue();
  }

  /** Every tariff as it stood at {@code at}, by tariff id. */
  public Map<String, String> allAt(Instant at) {
    Map<String, String> tariffs = new TreeMap<>();
    for (String id : byId.keySet()) {
      at(id, at).ifPresent(json -> tariffs.put(id, json));
    }
    return tariffs;
  }
}
