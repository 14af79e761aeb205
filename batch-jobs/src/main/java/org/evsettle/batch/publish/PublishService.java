package org.evsettle.batch.publish;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.evsettle.integrations.outbox.Outbox;
import org.evsettle.reports.export.ExportWriter;
import org.evsettle.reports.workbook.AuditorWorkbook;
import org.evsettle.reports.workbook.RegulatorWorkbook;
import org.evsettle.settlement.domain.Charger;
import org.evsettle.settlement.ledger.LedgerLine;
import org.evsettle.settlement.ledger.LedgerStore;
import org.evsettle.settlement.ledger.LineKind;
import org.evsettle.settlement.ledger.RunReportData;
import org.evsettle.settlement.ledger.SettlementRun;
import org.evsettle.settlement.persistence.IngestStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes a completed run: each utility gets the lines it pays or is paid, in {@code
 * outbox/utilities/<utility>/<period>/<run>/}; the subsidy fund's lines go to {@code
 * outbox/regulator/<period>/<run>/}. Files are written in a staging folder and delivered by the
 * outbox route.
 */
@Service
public class PublishService {

  private final LedgerStore ledger;
  private final IngestStore ingest;
  private final Outbox outbox;
  private final RunReportData reportData;
  private final Path staging;
  private final Path reports;

  public PublishService(
      LedgerStore ledger,
      IngestStore ingest,
      Outbox outbox,
      RunReportData reportData,
      @Value("${evsettle.home}") Path home) {
    this.ledger = ledger;
    this.ingest = ingest;
    this.outbox = outbox;
    this.reportData = reportData;
    this.staging = home.resolve("staging").toAbsolutePath().normalize();
    this.reports = home.resolve("reports").toAbsolutePath().normalize();
  }

  /** Writes {@code regulator.xlsx} and {@code auditor.xlsx} into reports/<period>/<run>/. */
  @Transactional(readOnly = true)
  public Path workbooks(SettlementRun run) {
    Path folder = reports.resolve(run.period().toString()).resolve(run.runId());
    new RegulatorWorkbook().write(folder.resolve("regulator.xlsx"), run, run.id(), reportData);
    try (var lines = ledger.lines(run.id(), null);
        var adjustments = ledger.lines(run.id(), null)) {
      new AuditorWorkbook()
          .write(
              folder.resolve("auditor.xlsx"),
              run,
              lines.iterator(),
              adjustments.filter(l -> l.kind() == LineKind.ADJUSTMENT).iterator(),
              reportData.inputFiles());
    }
    return folder;
  }

  /** Where each export went, relative to the outbox, with its row counts. */
  public record Published(String folder, ExportWriter.Export export) {}

  @Transactional(readOnly = true)
  public List<Published> publish(SettlementRun run, String fundId) {
    Set<String> utilities = new TreeSet<>();
    ingest.latestChargers().stream().map(Charger::utilityId).forEach(utilities::add);
    List<Published> published = new ArrayList<>();
    for (String party : ledger.parties(run.id())) {
      String folder;
      if (party.equals(fundId)) {
        folder = "regulator/" + run.period() + "/" + run.runId();
      } else if (utilities.contains(party)) {
        folder = "utilities/" + party + "/" + run.period() + "/" + run.runId();
      } else {
        continue; // operators are not sent exports; they appear in the utilities' and the fund's
      }
      Path staged = staging.resolve(folder);
      ExportWriter.Export export;
      try (var lines = ledger.lines(run.id(), party)) {
        java.util.Iterator<LedgerLine> iterator = lines.iterator();
        export = new ExportWriter().write(staged, run, iterator);
      }
      outbox.deliver(staged, folder);
      published.add(new Published(folder, export));
    }
    return published;
  }
}
