package org.evsettle.settlement.whatif;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A draft compared with the latest run: amounts per operator, component and window class; the
 * records that change most; and how many records change and how many sessions' subsidy eligibility
 * changes (each of those sessions was given to the caller as it was found).
 */
public record Comparison(
    List<AmountDifference> amounts,
    List<RecordChange> mostChanged,
    long eligibilityChanges,
    long recordsChanged) {

  private record ComponentKey(String component, String currency) {}

  /** The whole market's amounts per component and currency (no operator, no window class). */
  public List<AmountDifference> byComponent() {
    Map<ComponentKey, BigDecimal[]> sums =
        new TreeMap<>(
            Comparator.comparing(ComponentKey::component).thenComparing(ComponentKey::currency));
    for (AmountDifference a : amounts) {
      BigDecimal[] s =
          sums.computeIfAbsent(
              new ComponentKey(a.component(), a.currency()),
              k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
      s[0] = s[0].add(a.latest());
      s[1] = s[1].add(a.draft());
    }
    List<AmountDifference> rows = new ArrayList<>();
    sums.forEach(
        (k, s) ->
            rows.add(new AmountDifference(null, k.component(), null, k.currency(), s[0], s[1])));
    return rows;
  }
}
