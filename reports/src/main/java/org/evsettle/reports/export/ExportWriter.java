package org.evsettle.reports.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.evsettle.settlement.domain.PolicyLine;
import org.evsettle.settlement.ledger.LedgerLine;
import org.evsettle.settlement.ledger.SettlementRun;

/**
 * Writes one counterparty's export of a run into a folder. Lines stream to {@code lines.csv} as
 * they are added while the statement (one row per payer, payee, operator, component, kind and
 * window class) and the totals are summed, so memory holds only the statement, never the lines;
 * {@link #finish} writes the statement and the manifest.
 */
public final class ExportWriter {

  public static final List<String> LINE_HEADER =
      List.of(
          "run_id",
          "run_type",
          "period",
          "kind",
          "component",
          "window_class",
          "payer",
          "payee",
          "operator_id",
          "charger_id",
          "record_type",
          "record_id",
          "record_version",
          "quantity",
          "unit",
          "rate",
          "amount",
          "currency",
          "rule",
          "policy_file",
          "ruleset_sha256",
          "explanation");
  public static final List<String> STATEMENT_HEADER =
      List.of(
          "run_id",
          "run_type",
          "period",
          "payer",
          "payee",
          "operator_id",
          "component",
          "kind",
          "window_class",
          "quantity",
          "unit",
          "amount",
          "currency");
  private static final CSVFormat CSV = CSVFormat.RFC4180.builder().get();

  /** What a written export holds. */
  public record Export(
      Path folder, long lines, long statementRows, Map<String, BigDecimal> totals) {}

  private record StatementKey(
      String payer,
      String payee,
      String operator,
      String component,
      String kind,
      String window,
      String unit,
      String currency) {}

  private static final Comparator<StatementKey> STATEMENT_ORDER =
      Comparator.comparing(StatementKey::payer)
          .thenComparing(StatementKey::payee)
          .thenComparing(StatementKey::operator)
          .thenComparing(StatementKey::component)
          .thenComparing(StatementKey::kind)
          .thenComparing(StatementKey::window)
          .thenComparing(StatementKey::unit)
          .thenComparing(StatementKey::currency);

  private final Path folder;
  private final SettlementRun run;
  private final String runId;
  private final String runType;
  private final String period;
  // the format prints each record straight into the buffer: a CSVPrinter takes its lock and
  // the format's again for every value, a fifth of the export's time for a month of lines
  private final CSVFormat lineFormat = CSV.builder().get();
  private final Writer lines;
  private final Map<StatementKey, BigDecimal[]> statement = new HashMap<>();
  private final Map<String, BigDecimal> totals = new TreeMap<>();
  private long count;

  /** Starts the export of {@code run} in {@code folder}: opens its {@code lines.csv}. */
  public ExportWriter(Path folder, SettlementRun run) {
    this.folder = folder;
    this.run = run;
    this.runId = run.runId();
    this.runType = run.type();
    this.period = run.period().toString();
    try {
      Files.createDirectories(folder);
      this.lines = bufferedWriter(folder.resolve("lines.csv"));
      lineFormat.printRecord(lines, LINE_HEADER.toArray());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the export in " + folder, e);
    }
  }

  /** Writes a whole export from the lines given, in their order. */
  public static Export write(Path folder, SettlementRun run, Iterator<LedgerLine> lines) {
    ExportWriter writer = new ExportWriter(folder, run);
    lines.forEachRemaining(writer::add);
    return writer.finish();
  }

  public void add(LedgerLine ledgerLine) {
    PolicyLine l = ledgerLine.line();
    String window = l.windowClass() == null ? "" : l.windowClass().name();
    String currency = l.amount().currency().getCurrencyCode();
    try {
      lineFormat.printRecord(
          lines,
          runId,
          runType,
          period,
          ledgerLine.kind().name(),
          l.component().name(),
          window,
          text(l.payer()),
          text(l.payee()),
          text(l.operatorId()),
          text(l.chargerId()),
          l.recordType().label(),
          text(l.recordId()),
          l.recordVersion(),
          plain(l.quantity()),
          l.unit(),
          l.rate() == null ? "" : plain(l.rate()),
          amount(l),
          currency,
          text(l.rule()),
          text(l.policyFile()),
          l.rulesetSha256(),
          text(l.explanation()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the export in " + folder, e);
    }
    var key =
        new StatementKey(
            l.payer(),
            l.payee(),
            l.operatorId(),
            l.component().name(),
            ledgerLine.kind().name(),
            window,
            l.unit(),
            currency);
    BigDecimal[] sums =
        statement.computeIfAbsent(key, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
    sums[0] = sums[0].add(l.quantity());
    sums[1] = sums[1].add(l.amount().amount());
    totals.merge(l.component().name(), l.amount().amount(), BigDecimal::add);
    count++;
  }

  /** Closes {@code lines.csv} and writes {@code statement.csv} and {@code manifest.json}. */
  public Export finish() {
    try {
      lines.close();
      List<Map.Entry<StatementKey, BigDecimal[]>> rows = new ArrayList<>(statement.entrySet());
      rows.sort(Map.Entry.comparingByKey(STATEMENT_ORDER));
      try (BufferedWriter out =
              Files.newBufferedWriter(folder.resolve("statement.csv"), StandardCharsets.UTF_8);
          CSVPrinter statementCsv = new CSVPrinter(out, CSV)) {
        statementCsv.printRecord(STATEMENT_HEADER);
        for (var e : rows) {
          StatementKey k = e.getKey();
          statementCsv.printRecord(
              runId,
              runType,
              period,
              text(k.payer()),
              text(k.payee()),
              text(k.operator()),
              k.component(),
              k.kind(),
              k.window(),
              plain(e.getValue()[0]),
              k.unit(),
              e.getValue()[1].toPlainString(),
              k.currency());
        }
      }
      writeManifest(folder, run, count, statement.size(), totals);
      return new Export(folder, count, statement.size(), totals);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the export in " + folder, e);
    }
  }

  private static void writeManifest(
      Path folder,
      SettlementRun run,
      long lines,
      long statementRows,
      Map<String, BigDecimal> totals)
      throws IOException {
    try (JsonGenerator g =
        new JsonFactory()
            .createGenerator(folder.resolve("manifest.json").toFile(), JsonEncoding.UTF8)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("run_id", run.runId());
      g.writeStringField("run_type", run.type());
      g.writeStringField("period", run.period().toString());
      g.writeStringField("pack", run.packName());
      g.writeStringField("pack_version", run.packVersion());
      g.writeStringField("ruleset_sha256", run.rulesetSha256());
      if (run.approval() != null) {
        // who vouched for the rules behind these amounts: the pack's author and its approver
        g.writeObjectFieldStart("pack_approval");
        g.writeStringField("submitted_by", run.approval().submittedBy());
        g.writeStringField("approved_by", run.approval().approvedBy());
        g.writeStringField("approved_at", run.approval().approvedAt().toString());
        g.writeEndObject();
      }
      g.writeObjectFieldStart("rows");
      g.writeNumberField("lines.csv", lines);
      g.writeNumberField("statement.csv", statementRows);
      g.writeEndObject();
      g.writeObjectFieldStart("totals");
      for (var e : totals.entrySet()) {
        g.writeStringField(e.getKey(), e.getValue().toPlainString());
      }
      g.writeEndObject();
      g.writeObjectFieldStart("sha256");
      g.writeStringField("lines.csv", sha256(folder.resolve("lines.csv")));
      g.writeStringField("statement.csv", sha256(folder.resolve("statement.csv")));
      g.writeEndObject();
      g.writeEndObject();
    }
  }

  /** A writer that hands the file system large blocks: 8 KB at a time cost a system call each. */
  private static Writer bufferedWriter(Path file) throws IOException {
    return new BufferedWriter(
        new OutputStreamWriter(
            new BufferedOutputStream(Files.newOutputStream(file), BUFFER_BYTES),
            StandardCharsets.UTF_8),
        BUFFER_BYTES);
  }

  private static final int BUFFER_BYTES = 1 << 16;

  private static String amount(PolicyLine l) {
    return l.amount()
        .amount()
        .setScale(
            l.amount().currency().getDefaultFractionDigits(), java.math.RoundingMode.UNNECESSARY)
        .toPlainString();
  }

  private static String plain(BigDecimal value) {
    return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
  }

  private static String text(String value) {
    return SpreadsheetSafeText.of(value);
  }

  static String sha256(Path file) throws IOException {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
        in.transferTo(java.io.OutputStream.nullOutputStream());
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
