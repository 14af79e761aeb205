package org.evsettle.rules.engine;

import java.time.Instant;
import java.util.Comparator;
import org.evsettle.rules.model.DischargeFact;
import org.evsettle.rules.model.Line;
import org.evsettle.rules.model.SessionFact;

/**
 * The order of a partition's lines: by record type, then as the records stream (start, then id),
 * component and window class (none first). A batch's lines sorted so are in the order of the whole
 * partition, whatever the batch size.
 */
final class LineOrder {

  private LineOrder() {}

  // written out, because the key extractors of Comparator.comparing share one call site that the
  // JIT cannot inline
  static final Comparator<Line> IN_PARTITION =
      (a, b) -> {
        int c = a.getRecordType().compareTo(b.getRecordType());
        if (c == 0) {
          c = startOf(a).compareTo(startOf(b));
        }
        if (c == 0) {
          c = a.getRecordId().compareTo(b.getRecordId());
        }
        if (c == 0) {
          c = a.getComponent().compareTo(b.getComponent());
        }
        if (c == 0) {
          c = windows(a, b);
        }
        // lines of one event at two sites
        return c != 0
            ? c
            : String.valueOf(a.getExplanation()).compareTo(String.valueOf(b.getExplanation()));
      };

  private static int windows(Line a, Line b) {
    if (a.getWindowClass() == null || b.getWindowClass() == null) {
      return Boolean.compare(a.getWindowClass() != null, b.getWindowClass() != null);
    }
    return a.getWindowClass().compareTo(b.getWindowClass());
  }

  private static Instant startOf(Line l) {
    if (l.getSource() instanceof SessionFact s) {
      return s.getStartedAt();
    }
    return l.getSource() instanceof DischargeFact d ? d.getStartedAt() : Instant.MIN;
  }
}
