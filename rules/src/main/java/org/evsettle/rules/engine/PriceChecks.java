package org.evsettle.rules.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.evsettle.rules.model.PriceCheck;

/**
 * The price checks rules reported over a partition, counted and added up by finding. Sums of exact
 * decimals: the same whatever the batches and their order.
 */
final class PriceChecks {

  static final String COUNT = "price check CDRs";
  static final String DIFFERENCE = "price check difference incl. VAT";

  // a measure's subject is stored in 64 characters
  private static final int SUBJECT_LENGTH = 64;

  private final Map<String, Long> counts = new TreeMap<>();
  private final Map<String, BigDecimal> differences = new TreeMap<>();

  void add(PriceCheck check) {
    String finding = check.getFinding();
    if (finding.length() > SUBJECT_LENGTH) {
      finding = finding.substring(0, SUBJECT_LENGTH);
    }
    counts.merge(finding, 1L, Long::sum);
    if (check.getDifference() != null) {
      differences.merge(finding, check.getDifference(), BigDecimal::add);
    }
  }

  /** Per finding, how many CDRs, then the sum of their differences (to 6 decimals) if any. */
  List<Evaluation.Measure> measures() {
    List<Evaluation.Measure> out = new ArrayList<>();
    for (var count : counts.entrySet()) {
      out.add(new Evaluation.Measure(COUNT, count.getKey(), BigDecimal.valueOf(count.getValue())));
      BigDecimal sum = differences.get(count.getKey());
      if (sum != null) {
        out.add(
            new Evaluation.Measure(
                DIFFERENCE, count.getKey(), sum.setScale(6, RoundingMode.HALF_EVEN)));
      }
    }
    return out;
  }
}
