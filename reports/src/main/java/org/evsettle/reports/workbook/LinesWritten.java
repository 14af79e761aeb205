package org.evsettle.reports.workbook;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;
import org.evsettle.settlement.domain.Component;
import org.evsettle.settlement.ledger.LedgerLine;

/**
 * The lines written into a workbook's line sheets, against the count its sheets were laid out for:
 * their amounts summed per component, and whether all of them, no more and no fewer, were written.
 */
final class LinesWritten {

  private final long expected;
  private final Map<Component, BigDecimal> sums = new java.util.TreeMap<>();
  private long count;
  private boolean complete;

  LinesWritten(long expected) {
    this.expected = expected;
  }

  void add(LedgerLine line) {
    count++;
    sums.merge(line.line().component(), line.line().amount().amount(), BigDecimal::add);
  }

  /** Called after the last line sheet: fails unless the lines ended exactly at the count. */
  void checkAllOf(Iterator<LedgerLine> lines) {
    if (lines.hasNext() || count != expected) {
      throw new IllegalStateException(
          "the run's statements count "
              + expected
              + " lines but "
              + (lines.hasNext() ? "more than " + count : count)
              + " were read: the ledger of the run is inconsistent");
    }
    complete = true;
  }

  /** The sums per component; only once every line was written. */
  Map<Component, BigDecimal> sums() {
    if (!complete) {
      throw new IllegalStateException("the lines are not all written yet");
    }
    return sums;
  }
}
