package org.evsettle.features.world;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.evsettle.batch.cli.EvsettleCommand;
import org.evsettle.integrations.ingest.IdTagKeyFile;
import org.evsettle.integrations.ingest.IdTagPseudonymizer;
import org.evsettle.rules.pack.PolicyPacks;
import org.evsettle.settlement.domain.Component;
import org.evsettle.settlement.domain.LineSubject;
import org.evsettle.settlement.domain.Money;
import org.evsettle.settlement.domain.PolicyLine;
import org.evsettle.settlement.domain.WindowClass;
import picocli.CommandLine;

/**
 * Settles a scenario's market the way users do: its records are written as the canonical files into
 * a fresh home's inbox, ingested, settled and published by the {@code evsettle} command, and the
 * lines are read back from the exports to the utilities and the fund. A card's lines name its
 * pseudonym; they are read back under the card the scenario named.
 */
final class PipelineSettlement {

  private static final CSVFormat CSV =
      CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

  private PipelineSettlement() {}

  static List<PolicyLine> settle(
      Path home,
      Path rulesFolder,
      String pack,
      YearMonth period,
      MarketFiles files,
      Set<String> cards) {
    files.writeInto(home.resolve("inbox"));
    // the pass happens a week after the month, so nothing of it is in the future
    String asOf = period.plusMonths(1).atDay(8).atStartOfDay().toInstant(ZoneOffset.UTC).toString();
    run("ingest", "--home", home.toString(), "--as-of", asOf);
    requireEveryRowAccepted(home.resolve("outbox"));
    approve(home, new PolicyPacks(rulesFolder).versionFor(pack, period));
    run(
        "settle",
        "--home",
        home.toString(),
        "--period",
        period.toString(),
        "--rules",
        rulesFolder.toString(),
        "--pack",
        pack);
    IdTagPseudonymizer pseudonyms =
        new IdTagPseudonymizer(IdTagKeyFile.load("", home.toAbsolutePath()));
    Map<String, String> cardOf = new java.util.HashMap<>();
    cards.forEach(card -> cardOf.put(pseudonyms.pseudonym(card), card));
    return lines(home.resolve("outbox"), period, cardOf);
  }

  /** Runs a what-if of the pack in {@code rulesFolder}; returns its comparison's folder. */
  static Path whatIf(Path home, Path rulesFolder, String pack, YearMonth period) {
    run(
        "whatif",
        "--home",
        home.toString(),
        "--period",
        period.toString(),
        "--rules",
        rulesFolder.toString(),
        "--pack",
        pack);
    try (Stream<Path> made = Files.list(home.resolve("whatif").resolve(period.toString()))) {
      return made.max(java.util.Comparator.naturalOrder()).orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Settle uses a pack only once someone other than its author approved it, as users do. */
  private static void approve(Path home, Path pack) {
    run("rules", "submit", pack.toString(), "--by", "Wang Fang", "--home", home.toString());
    run("rules", "approve", pack.toString(), "--by", "Li Na", "--home", home.toString());
  }

  private static void run(String... args) {
    StringWriter err = new StringWriter();
    CommandLine cli = EvsettleCommand.commandLine();
    cli.setErr(new PrintWriter(err, true));
    int status = cli.execute(args);
    if (status != 0) {
      throw new IllegalStateException("evsettle " + String.join(" ", args) + " failed: " + err);
    }
  }

  // a scenario's row that ingest refuses would silently be missing from its settlement
  private static void requireEveryRowAccepted(Path outbox) {
    var json = new com.fasterxml.jackson.databind.ObjectMapper();
    try (Stream<Path> files = Files.walk(outbox)) {
      for (Path receipt : files.filter(f -> f.toString().endsWith(".receipt.json")).toList()) {
        var node = json.readTree(receipt.toFile());
        if (node.path("rejected").asLong() != 0 || node.has("quarantined_because")) {
          throw new IllegalStateException("ingest refused rows of the scenario: " + node);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every line of the period's exports, once (a line is in its payer's and payee's exports). */
  private static List<PolicyLine> lines(Path outbox, YearMonth period, Map<String, String> cardOf) {
    Set<PolicyLine> lines = new LinkedHashSet<>();
    try (Stream<Path> files = Files.walk(outbox)) {
      for (Path file :
          files
              .filter(f -> f.getFileName().toString().equals("lines.csv"))
              .filter(f -> f.toString().contains(period.toString()))
              .sorted()
              .toList()) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          for (CSVRecord r : CSV.parse(in)) {
            lines.add(line(r, cardOf));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ArrayList<>(lines);
  }

  private static PolicyLine line(CSVRecord r, Map<String, String> cardOf) {
    String window = r.get("window_class");
    String record = r.get("record_id");
    return new PolicyLine(
        Component.of(r.get("component")),
        window.isEmpty() ? null : WindowClass.of(window),
        r.get("payer"),
        r.get("payee"),
        r.get("operator_id"),
        r.get("charger_id"),
        subject(r.get("record_type")),
        cardOf.getOrDefault(record, record),
        Integer.parseInt(r.get("record_version")),
        new BigDecimal(r.get("quantity")),
        r.get("unit"),
        r.get("rate").isEmpty() ? null : new BigDecimal(r.get("rate")),
        new Money(new BigDecimal(r.get("amount")), Currency.getInstance(r.get("currency"))),
        r.get("rule"),
        r.get("policy_file"),
        r.get("ruleset_sha256"),
        r.get("explanation"));
  }

  private static LineSubject subject(String label) {
    for (LineSubject s : LineSubject.values()) {
      if (s.label().equals(label)) {
        return s;
      }
    }
    throw new IllegalArgumentException("no record type " + label);
  }
}
