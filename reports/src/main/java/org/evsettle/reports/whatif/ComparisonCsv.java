package org.evsettle.reports.whatif;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.evsettle.reports.export.SpreadsheetSafeText;
import org.evsettle.settlement.whatif.AmountDifference;
import org.evsettle.settlement.whatif.Comparison;
import org.evsettle.settlement.whatif.EligibilityChange;
import org.evsettle.settlement.whatif.RecordChange;

/**
 * The comparison as CSV, for tools: comparison.csv (amounts per operator, component and window
 * class), changed-records.csv (the records that change most, line by line) and
 * eligibility-changes.csv (written as the sessions are found).
 */
final class ComparisonCsv implements AutoCloseable {

  private static final CSVFormat CSV = CSVFormat.RFC4180.builder().get();

  private final Path folder;
  private final CSVPrinter eligibility;

  ComparisonCsv(Path folder) throws IOException {
    this.folder = folder;
    this.eligibility = printer("eligibility-changes.csv");
    eligibility.printRecord(
        "operator_id",
        "session_id",
        "latest_subsidy",
        "draft_subsidy",
        "currency",
        "change",
        "draft_reason");
  }

  void eligibility(EligibilityChange e) throws IOException {
    eligibility.printRecord(
        text(e.operatorId()),
        text(e.sessionId()),
        plain(e.latestSubsidy()),
        plain(e.draftSubsidy()),
        e.currency(),
        e.subsidisedInDraft() ? "gains" : "loses",
        text(e.draftRefusal()));
  }

  void finish(Comparison comparison) throws IOException {
    eligibility.close();
    try (CSVPrinter amounts = printer("comparison.csv")) {
      amounts.printRecord(
          "operator_id", "component", "window_class", "currency", "latest", "draft", "difference");
      for (AmountDifference a : comparison.amounts()) {
        amounts.printRecord(
            text(a.operatorId()),
            a.component(),
            a.windowClass() == null ? "" : a.windowClass(),
            a.currency(),
            plain(a.latest()),
            plain(a.draft()),
            plain(a.difference()));
      }
    }
    try (CSVPrinter records = printer("changed-records.csv")) {
      records.printRecord(
          "rank",
          "operator_id",
          "record_type",
          "record_id",
          "change",
          "settlement",
          "component",
          "window_class",
          "quantity",
          "unit",
          "rate",
          "amount",
          "currency",
          "rule",
          "policy_file",
          "explanation");
      int rank = 0;
      for (RecordChange r : comparison.mostChanged()) {
        rank++;
        for (RecordChange.Line l : r.lines()) {
          records.printRecord(
              rank,
              text(r.operatorId()),
              r.recordType(),
              text(r.recordId()),
              plain(r.change()),
              l.side().name().toLowerCase(java.util.Locale.ROOT),
              l.component(),
              l.windowClass() == null ? "" : l.windowClass(),
              plain(l.quantity()),
              l.unit(),
              plain(l.rate()),
              plain(l.amount()),
              l.currency(),
              text(l.rule()),
              l.policyFile(),
              text(l.explanation()));
        }
      }
    }
  }

  private CSVPrinter printer(String name) throws IOException {
    Writer out = Files.newBufferedWriter(folder.resolve(name), StandardCharsets.UTF_8);
    return new CSVPrinter(out, CSV);
  }

  private static String plain(BigDecimal value) {
    return value == null ? "" : value.toPlainString();
  }

  private static String text(String value) {
    return SpreadsheetSafeText.of(value);
  }

  @Override
  public void close() throws IOException {
    eligibility.close();
  }
}
