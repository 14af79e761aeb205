package org.evsettle.batch.cli;

import java.io.PrintStream;
import java.time.YearMonth;
import org.evsettle.batch.whatif.WhatIfService;
import org.evsettle.reports.whatif.WhatIfReport;
import org.evsettle.settlement.whatif.AmountDifference;

/**
 * What a what-if found, in a few lines: the draft, the run, the totals, where the comparison is.
 */
final class WhatIfSummary {

  private WhatIfSummary() {}

  static void print(YearMonth period, WhatIfService.Outcome outcome, PrintStream out) {
    var m = outcome.draft().manifest();
    var comparison = outcome.comparison();
    out.println(
        "whatif: "
            + period
            + " draft "
            + m.name()
            + " "
            + m.version()
            + " (rule set "
            + outcome.draft().sha256()
            + ") against "
            + (outcome.latest() == null ? "no run yet" : "run " + outcome.latest().runId())
            + ": "
            + comparison.recordsChanged()
            + " records change, "
            + comparison.eligibilityChanges()
            + " sessions change subsidy eligibility");
    for (AmountDifference t : comparison.byComponent()) {
      out.println(
          "  "
              + t.component()
              + " "
              + t.currency()
              + ": latest "
              + t.latest().toPlainString()
              + ", draft "
              + t.draft().toPlainString()
              + ", difference "
              + t.difference().toPlainString());
    }
    out.println("  comparison " + outcome.folder().resolve(WhatIfReport.WORKBOOK));
  }
}
