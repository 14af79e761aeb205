package org.evsettle.batch.publish;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.evsettle.integrations.outbox.Outbox;
import org.evsettle.reports.export.ExportWriter;
import org.evsettle.reports.workbook.AuditorWorkbook;
import org.evsettle.reports.workbook.KeyFigure;
import org.evsettle.reports.workbook.RegulatorWorkbook;
import org.evsettle.reports.workbook.RunKeyFigures;
import org.evsettle.rules.pack.PackManifest;
import org.evsettle.settlement.domain.Charger;
import org.evsettle.settlement.ledger.InputSnapshot;
import org.evsettle.settlement.ledger.LedgerLine;
import org.evsettle.settlement.ledger.LedgerStore;
import org.evsettle.settlement.ledger.LineKind;
import org.evsettle.settlement.ledger.RunFindings;
import org.evsettle.settlement.ledger.RunMeterVerdicts;
import org.evsettle.settlement.ledger.RunReportData;
import org.evsettle.settlement.ledger.SettlementRun;
import org.evsettle.settlement.persistence.IngestStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes a completed run: each utility gets the lines it pays or is paid, in {@code
 * outbox/utilities/<utility>/<period>/<run>/}; the subsidy fund's lines go to {@code
 * outbox/regulator/<period>/<run>/}. Files are written in a staging folder and delivered by the
 * outbox route.
 */
@Service
public class PublishService {

  private final LedgerStore ledger;
  private final RunFindings findings;
  private final RunMeterVerdicts meterVerdicts;
  private final IngestStore ingest;
  private final Outbox outbox;
  private final RunReportData reportData;
  private final InputSnapshot inputs;
  private final TransactionTemplate readOnly;
  private final Path staging;
  private final Path reports;

  public PublishService(
      LedgerStore ledger,
      IngestStore ingest,
      Outbox outbox,
      RunReportData reportData,
      RunFindings findings,
      RunMeterVerdicts meterVerdicts,
      InputSnapshot inputs,
      PlatformTransactionManager transactions,
      @Value("${evsettle.home}") Path home) {
    this.ledger = ledger;
    this.ingest = ingest;
    this.outbox = outbox;
    this.reportData = reportData;
    this.findings = findings;
    this.meterVerdicts = meterVerdicts;
    this.inputs = inputs;
    this.readOnly = new TransactionTemplate(transactions);
    this.readOnly.setReadOnly(true);
    this.staging = home.resolve("staging").toAbsolutePath().normalize();
    this.reports = home.resolve("reports").toAbsolutePath().normalize();
  }

  /** A run's exports, delivered, and the folder of its workbooks. */
  public record Publication(List<Published> exports, Path workbooks) {}

  /**
   * Publishes a completed run: the exports on this thread while the workbooks are written on
   * another (both are CPU-bound: two cores do them in the time of the longer one). The lines are
   * read once, here, and handed to the workbooks as the exports take them.
   */
  public Publication publishAll(SettlementRun run, PackManifest pack) {
    String fundId = pack.fundId();
    ExecutorService workbookThread =
        Executors.newSingleThreadExecutor(r -> new Thread(r, "workbooks-" + run.runId()));
    try {
      var done = new AtomicBoolean();
      LineHandOff toWorkbooks = new LineHandOff(done::get);
      Future<Path> workbooks =
          workbookThread.submit(
              () -> {
                try {
                  return readOnly.execute(status -> workbooks(run, pack, toWorkbooks));
                } finally {
                  done.set(true);
                }
              });
      List<Published> exports;
      try {
        exports = readOnly.execute(status -> publish(run, fundId, toWorkbooks, toWorkbooks::close));
      } catch (RuntimeException e) {
        toWorkbooks.fail();
        if (done.get()) {
          workbooks.get(); // the workbooks' own failure, if that is what stopped the hand-off
        }
        throw e;
      }
      return new Publication(exports, workbooks.get());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while publishing " + run.runId(), e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r
          ? r
          : new IllegalStateException(e.getCause().getMessage(), e.getCause());
    } finally {
      workbookThread.shutdownNow();
    }
  }

  /** Writes {@code regulator.xlsx} and {@code auditor.xlsx} into reports/<period>/<run>/. */
  @Transactional(readOnly = true)
  public Path workbooks(SettlementRun run, PackManifest pack) {
    try (var lines = ledger.lines(run.id())) {
      return workbooks(run, pack, lines.iterator());
    }
  }

  private Path workbooks(SettlementRun run, PackManifest pack, Iterator<LedgerLine> lines) {
    Path folder = reports.resolve(run.period().toString()).resolve(run.runId());
    Currency currency = pack.currencyUnit();
    long lineCount = ledger.lineCount(run.id());
    List<KeyFigure> keyFigures =
        RunKeyFigures.of(run, currency, reportData, lineCount, findings.violations(run.id()));
    Instant from = run.period().atDay(1).atStartOfDay(pack.zoneId()).toInstant();
    Instant to = run.period().plusMonths(1).atDay(1).atStartOfDay(pack.zoneId()).toInstant();
    var inputs =
        new RegulatorWorkbook.PeriodInputs(
            reportData.inputFiles(run.id(), from, to),
            reportData.rejectedRowsByReason(run.id(), from, to));
    new RegulatorWorkbook()
        .write(folder.resolve("regulator.xlsx"), run, currency, reportData, keyFigures, inputs);
    try (var adjustments = ledger.lines(run.id(), LineKind.ADJUSTMENT);
        var sources =
            PeriodSources.of(reportData, this.inputs, run, pack.zoneId(), pack.lookBack());
        var verdicts = meterVerdicts.of(run.id())) {
      new AuditorWorkbook()
          .write(
              folder.resolve("auditor.xlsx"),
              run,
              currency,
              keyFigures,
              lineCount,
              lines,
              adjustments.iterator(),
              sources.iterator(),
              verdicts.iterator(),
              inputs.files());
    }
    return folder;
  }

  /** Where each export went, relative to the outbox, with its row counts. */
  public record Published(String folder, ExportWriter.Export export) {}

  /**
   * Writes every recipient's export in one pass over the run's lines (a line goes to its payer's
   * and its payee's export when they receive one), then delivers them; listed by recipient.
   */
  @Transactional(readOnly = true)
  public List<Published> publish(SettlementRun run, String fundId) {
    return publish(run, fundId, line -> {}, () -> {});
  }

  /**
   * Like {@link #publish(SettlementRun, String)}, also giving every line to {@code alsoTo} and
   * calling {@code linesDone} once the last line was given, before the exports are delivered.
   */
  private List<Published> publish(
      SettlementRun run, String fundId, Consumer<LedgerLine> alsoTo, Runnable linesDone) {
    Set<String> utilities = new TreeSet<>();
    ingest.latestChargers().stream().map(Charger::utilityId).forEach(utilities::add);
    Set<String> operators = new TreeSet<>(inputs.operators());
    Map<String, String> folders = new TreeMap<>();
    Map<String, ExportWriter> writers = new HashMap<>();
    try (var lines = ledger.lines(run.id())) {
      lines.forEach(
          line -> {
            alsoTo.accept(line);
            String payer = line.line().payer();
            String payee = line.line().payee();
            for (String party : payer.equals(payee) ? List.of(payer) : List.of(payer, payee)) {
              String folder =
                  folders.computeIfAbsent(party, p -> folder(run, p, fundId, utilities, operators));
              if (!folder.isEmpty()) {
                writers
                    .computeIfAbsent(party, p -> new ExportWriter(staging.resolve(folder), run))
                    .add(line);
              }
            }
          });
    }
    linesDone.run();
    List<Published> published = new ArrayList<>();
    for (var e : new TreeMap<>(writers).entrySet()) {
      ExportWriter.Export export = e.getValue().finish();
      String folder = folders.get(e.getKey());
      outbox.deliver(staging.resolve(folder), folder);
      published.add(new Published(folder, export));
    }
    return published;
  }

  /**
   * Where a party's export goes in the outbox: the fund's, a utility's and an operator's (the lines
   * it pays or is paid, its statement and manifest); empty for a party that is none of them.
   */
  private static String folder(
      SettlementRun run,
      String party,
      String fundId,
      Set<String> utilities,
      Set<String> operators) {
    if (party.equals(fundId)) {
      return "regulator/" + run.period() + "/" + run.runId();
    }
    if (utilities.contains(party)) {
      return "utilities/" + party + "/" + run.period() + "/" + run.runId();
    }
    if (operators.contains(party)) {
      return "operators/" + party + "/" + run.period() + "/" + run.runId();
    }
    return "";
  }
}
