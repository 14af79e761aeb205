package org.evsettle.rules.engine;

import java.util.List;
import java.util.Map;
import org.evsettle.rules.model.CardTotal;
import org.evsettle.rules.model.EnergyTotal;
import org.evsettle.rules.model.SiteLoad;

/**
 * The quantities of a period that add up over more than one session, computed once for the whole
 * market (every operator, every batch) before anything is settled: card totals, charger, site and
 * operator totals, and sites' 15-minute load profiles. Each operator's partition is handed the
 * facts that it settles: its share of every card, the sites it is billed for, its chargers' and its
 * own totals. A fact goes to exactly one partition, so no period-wide line is made twice.
 */
public final class MarketTotals {

  /** For a pack without period rules: nothing is added up. */
  public static final MarketTotals NONE =
      new MarketTotals(List.of(), List.of(), List.of(), Map.of());

  private final List<CardTotal> cards;
  private final List<SiteLoad> sites;
  private final List<EnergyTotal> totals;
  private final Map<String, List<Object>> factsByOperator;

  MarketTotals(
      List<CardTotal> cards,
      List<SiteLoad> sites,
      List<EnergyTotal> totals,
      Map<String, List<Object>> factsByOperator) {
    this.cards = List.copyOf(cards);
    this.sites = List.copyOf(sites);
    this.totals = List.copyOf(totals);
    this.factsByOperator = Map.copyOf(factsByOperator);
  }

  /** The facts the partition of {@code operatorId} settles in the period phase. */
  public List<Object> factsFor(String operatorId) {
    return factsByOperator.getOrDefault(operatorId, List.of());
  }

  /** Operators that have period facts (a site's operator may have no chargers of its own). */
  public java.util.Set<String> operators() {
    return factsByOperator.keySet();
  }

  public List<CardTotal> cards() {
    return cards;
  }

  /** Sites' load profiles, by site id (and operator, for sites outside the registry). */
  public List<SiteLoad> sites() {
    return sites;
  }

  public List<EnergyTotal> totals() {
    return totals;
  }
}
