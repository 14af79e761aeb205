package org.evsettle.rules.check;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.evsettle.rules.engine.MarketInputs;
import org.evsettle.rules.pack.CompiledPack;
import org.evsettle.settlement.domain.PolicyLine;

/**
 * Runs one worked example through a compiled pack and lists what differs from its expectation. The
 * example is settled twice, all sessions in one rule session and one session per rule session: a
 * pack whose lines differ between the two reads a batch as if it were the period (an accumulate
 * over sessions, say), and is told so.
 */
public final class ExampleRunner {

  /** What an example showed: the differences, as sentences, and whether it priced energy. */
  public record Outcome(List<String> differences, boolean pricedEnergy) {}

  /** The differences (none when the pack produces exactly what was expected), and more. */
  public Outcome run(CompiledPack pack, PackExample example) {
    MarketInputs inputs = ExampleInputs.of(example, pack.manifest().currency());
    YearMonth period = YearMonth.parse(example.period());
    List<PolicyLine> produced = new ArrayList<>();
    var evaluations = inputs.settle(pack, period, Integer.MAX_VALUE, produced::add).values();
    List<String> actual = produced.stream().map(ExampleRunner::key).toList();
    List<String> expected =
        orEmpty(example.expectedLines()).stream().map(PackExample.LineRow::key).toList();
    List<String> differences = new ArrayList<>();
    missing(expected, actual).forEach(l -> differences.add("expected but not produced: " + l));
    missing(actual, expected).forEach(l -> differences.add("produced but not expected: " + l));
    List<String> violations =
        evaluations.stream()
            .flatMap(e -> e.violations().stream())
            .map(v -> v.chargerId() + " " + v.requirement())
            .sorted()
            .toList();
    List<String> expectedViolations =
        orEmpty(example.expectedViolations()).stream()
            .map(v -> v.chargerId() + " " + v.requirement())
            .sorted()
            .toList();
    if (!violations.equals(expectedViolations)) {
      differences.add("violations " + violations + ", expected " + expectedViolations);
    }
    List<PolicyLine> oneByOne = new ArrayList<>();
    inputs.settle(pack, period, 1, oneByOne::add);
    if (!oneByOne.equals(produced)) {
      List<String> single = oneByOne.stream().map(ExampleRunner::key).toList();
      differences.add(
          "the lines depend on how sessions are batched (a rule reads the sessions of one rule"
              + " session as if they were the period's; use the engine's period totals): one"
              + " session at a time gives "
              + (single.equals(actual) ? "the same lines in another order" : single));
    }
    return new Outcome(
        differences, produced.stream().anyMatch(l -> pack.terms().countsEnergy(l.component())));
  }

  private static List<String> missing(List<String> wanted, List<String> present) {
    List<String> missing = new ArrayList<>(wanted);
    present.forEach(missing::remove);
    return missing;
  }

  static String key(PolicyLine l) {
    return new PackExample.LineRow(
            l.component().name(),
            l.windowClass() == null ? null : l.windowClass().name(),
            l.recordId(),
            l.payer(),
            l.payee(),
            l.quantity(),
            l.rate(),
            l.amount().amount())
        .key();
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? Collections.emptyList() : list;
  }
}
