package org.evsettle.settlement.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import org.evsettle.settlement.SettlementTestApplication;
import org.evsettle.settlement.domain.ChargingSession;
import org.evsettle.settlement.domain.Component;
import org.evsettle.settlement.domain.Energy;
import org.evsettle.settlement.domain.LineSubject;
import org.evsettle.settlement.domain.Money;
import org.evsettle.settlement.domain.Party;
import org.evsettle.settlement.domain.PartyRole;
import org.evsettle.settlement.domain.PolicyLine;
import org.evsettle.settlement.domain.RecordStatus;
import org.evsettle.settlement.domain.RecordType;
import org.evsettle.settlement.domain.WindowClass;
import org.evsettle.settlement.persistence.IngestStore;
import org.evsettle.settlement.persistence.NewVersion;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The order lines are published in, and the statements reports read, on every supported database:
 * settlement lines before adjustments, then by operator, then in the order each operator's lines
 * were written (not by record id); statements count their lines.
 */
@SpringBootTest(classes = SettlementTestApplication.class)
abstract class LedgerOrderContract {

  private static final Currency CNY = Currency.getInstance("CNY");

  @Autowired LedgerStore ledger;
  @Autowired InputSnapshot inputs;
  @Autowired IngestStore store;
  @Autowired Adjustments adjustments;

  private static PolicyLine line(String operator, String record, Component component, String cny) {
    return line(
        operator,
        record,
        1,
        component,
        Component.ENERGY.equals(component) ? WindowClass.PEAK : null,
        "2.5",
        cny);
  }

  @Autowired org.springframework.transaction.PlatformTransactionManager transactions;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

  private long count(String table, SettlementRun run) {
    return jdbc.queryForObject(
        "select count(*) from " + table + " where run_id = ?", Long.class, run.id());
  }

  @Autowired RunMeterVerdicts meterVerdicts;

  @Test
  void meterVerdictsAreReadBackByOperatorAndSessionAcrossPagesAndClearedWithTheirPartition() {
    SettlementRun run =
        ledger.openRun(
            YearMonth.of(2025, 3), "INITIAL", 0, "beijing", "2024.1", "sha", Instant.EPOCH);
    var writer = meterVerdicts.writer(run.id());
    // more than a page (5000 rows) of OP-B, written last session first, then two of OP-A
    int many = KeysetPages.PAGE_ROWS + 3;
    for (int i = many; i >= 1; i--) {
      writer.accept(verdict("OP-B", String.format("M%05d", i)));
    }
    writer.accept(verdict("OP-A", "Z1"));
    writer.accept(verdict("OP-A", "A1"));
    writer.finish();

    List<String> read;
    try (var verdicts = meterVerdicts.of(run.id())) {
      read = verdicts.map(v -> v.operatorId() + " " + v.sessionId()).toList();
    }
    assertThat(read).hasSize(many + 2);
    assertThat(read.subList(0, 3)).containsExactly("OP-A A1", "OP-A Z1", "OP-B M00001");
    assertThat(read.get(KeysetPages.PAGE_ROWS + 1)).isEqualTo("OP-B M05000");
    assertThat(read.get(many + 1)).isEqualTo("OP-B M05003");

    ledger.clearOperator(run.id(), "OP-B");
    try (var verdicts = meterVerdicts.of(run.id())) {
      assertThat(verdicts.map(v -> v.sessionId() + " " + v.verdict() + " " + v.reason()))
          .containsExactly("A1 FAILED no signed data?", "Z1 FAILED no signed data?");
    }
  }

  private static org.evsettle.settlement.domain.MeterVerdict verdict(String operator, String id) {
    return new org.evsettle.settlement.domain.MeterVerdict(
        operator, "C1", id, 1, "FAILED", "no signed data?", null, new java.math.BigDecimal("12.5"));
  }

  @Test
  void aPartitionsLinesAreCommittedBatchByBatchAndDiscardedOnlyOnPurpose() {
    SettlementRun run =
        ledger.openRun(
            YearMonth.of(2026, 2), "INITIAL", 0, "beijing", "2024.1", "sha", Instant.EPOCH);
    var outer = new org.springframework.transaction.support.TransactionTemplate(transactions);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                outer.executeWithoutResult(
                    status -> {
                      LineWriter writer = ledger.partitionLineWriter(run.id());
                      for (int i = 0; i < 2500; i++) {
                        writer.accept(line("OP-P", "P" + i, Component.ENERGY, "1.00"));
                      }
                      writer.finish();
                      throw new IllegalStateException("the partition failed after its lines");
                    }))
        .hasMessage("the partition failed after its lines");
    // the step's transaction rolled back its statement rows, not the committed batches of lines
    assertThat(count("settlement_line", run)).isEqualTo(2500);
    assertThat(count("run_statement", run)).isZero();

    ledger.discardPartitionLines(run.id(), "OP-Q"); // another operator's: none of these
    assertThat(count("settlement_line", run)).isEqualTo(2500);
    outer.executeWithoutResult(status -> ledger.clearOperator(run.id(), "OP-P"));
    assertThat(count("settlement_line", run)).isZero();
  }

  private static PolicyLine cites(
      String operator, String record, String rule, String file, String ruleset) {
    return line(
        operator,
        record,
        1,
        Component.ENERGY,
        WindowClass.PEAK,
        "2.5",
        "1.00",
        rule,
        file,
        ruleset);
  }

  @Test
  void linesCiteTheirRuleByNumberAndComeBackWithItAndTheirRunsRuleSet() {
    String ruleset = "cd".repeat(32);
    SettlementRun run =
        ledger.openRun(
            YearMonth.of(2026, 1), "INITIAL", 0, "beijing", "2024.1", ruleset, Instant.EPOCH);
    // two partitions (two operators) meeting the same rules in different orders
    LineWriter first = ledger.partitionLineWriter(run.id());
    LineWriter second = ledger.partitionLineWriter(run.id());
    first.accept(cites("OP-R", "R1", "Energy is priced", "price-energy.drl", ruleset));
    second.accept(cites("OP-S", "R2", "A subsidy is paid", "subsidy.drl", ruleset));
    second.accept(cites("OP-S", "R3", "Energy is priced", "price-energy.drl", ruleset));
    first.accept(cites("OP-R", "R4", "A subsidy is paid", "subsidy.drl", ruleset));
    first.accept(cites("OP-R", "R5", "Energy is priced", "incentive.drl", ruleset));
    first.finish();
    second.finish();
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                first.accept(
                    cites("OP-R", "R6", "Energy is priced", "price-energy.drl", "ef".repeat(32))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot be written into a run of rule set " + ruleset);

    List<String> read;
    try (var lines = ledger.lines(run.id())) {
      read =
          lines
              .map(
                  l ->
                      l.line().recordId()
                          + " "
                          + l.line().rule()
                          + " / "
                          + l.line().policyFile()
                          + " / "
                          + l.line().rulesetSha256().equals(ruleset))
              .sorted()
              .toList();
    }
    assertThat(read)
        .containsExactly(
            "R1 Energy is priced / price-energy.drl / true",
            "R2 A subsidy is paid / subsidy.drl / true",
            "R3 Energy is priced / price-energy.drl / true",
            "R4 A subsidy is paid / subsidy.drl / true",
            "R5 Energy is priced / incentive.drl / true");
    // each rule once for the run
    assertThat(count("run_rule", run)).isEqualTo(3);
  }

  @Test
  void linesComeBackInPublishedOrderAndStatementsCountThem() {
    YearMonth period = YearMonth.of(2026, 3);
    SettlementRun run =
        ledger.openRun(period, "INITIAL", 0, "beijing", "2024.1", "sha", Instant.EPOCH);
    // two operators written interleaved, each in an order that is not record-id order
    LineWriter opB = ledger.lineWriter(run.id(), LineKind.SETTLEMENT);
    LineWriter opA = ledger.lineWriter(run.id(), LineKind.SETTLEMENT);
    opB.accept(line("OP-B", "S9", Component.ENERGY, "1.00"));
    opA.accept(line("OP-A", "S7", Component.ENERGY, "2.00"));
    opA.flush();
    opB.accept(line("OP-B", "S1", Component.SUBSIDY, "3.00"));
    opB.finish();
    opA.accept(line("OP-A", "S2", Component.ENERGY, "4.00"));
    opA.accept(line("OP-A", "S2", Component.SUBSIDY, "5.00"));
    opA.finish();
    LineWriter adjustments = ledger.lineWriter(run.id(), LineKind.ADJUSTMENT);
    adjustments.accept(line("OP-A", "S0", Component.ENERGY, "-0.50"));
    adjustments.finish();
    assertThat(opA.written()).isEqualTo(3);

    List<String> order;
    try (var lines = ledger.lines(run.id())) {
      order = lines.map(l -> l.kind() + " " + l.line().recordId()).toList();
    }
    assertThat(order)
        .containsExactly(
            "SETTLEMENT S7",
            "SETTLEMENT S2",
            "SETTLEMENT S2",
            "SETTLEMENT S9",
            "SETTLEMENT S1",
            "ADJUSTMENT S0");
    try (var lines = ledger.lines(run.id(), LineKind.ADJUSTMENT)) {
      assertThat(lines.map(l -> l.line().amount().amount()))
          .containsExactly(new BigDecimal("-0.50"));
    }

    ledger.complete(run.id(), Instant.EPOCH);
    // OP-A: ENERGY 2.00 + 4.00 in 2 lines, SUBSIDY 5.00; OP-B: ENERGY 1.00, SUBSIDY 3.00
    assertThat(ledger.totals(run.id()))
        .containsExactly(
            "SETTLEMENT ENERGY 3 lines 7.00 CNY",
            "SETTLEMENT SUBSIDY 2 lines 8.00 CNY",
            "ADJUSTMENT ENERGY 1 lines -0.50 CNY");
  }

  private static PolicyLine line(
      String operator,
      String record,
      int version,
      Component component,
      WindowClass window,
      String kwh,
      String cny) {
    return line(
        operator, record, version, component, window, kwh, cny, "rule", "tariff.drl", "sha");
  }

  private static PolicyLine line(
      String operator,
      String record,
      int version,
      Component component,
      WindowClass window,
      String kwh,
      String cny,
      String rule,
      String policyFile,
      String ruleset) {
    return new PolicyLine(
        component,
        window,
        operator,
        "UTIL",
        operator,
        "C-" + operator,
        LineSubject.SESSIONS,
        record,
        version,
        new BigDecimal(kwh),
        "kWh",
        null,
        new Money(new BigDecimal(cny), CNY),
        rule,
        policyFile,
        ruleset,
        "explained");
  }

  @Test
  void amountsAreStoredAndReadInTheirCurrencysMinorUnit() {
    SettlementRun run =
        ledger.openRun(
            YearMonth.of(2026, 6), "INITIAL", 0, "kuwait", "2026.1", "sha", Instant.EPOCH);
    LineWriter writer = ledger.lineWriter(run.id(), LineKind.SETTLEMENT);
    // a dinar has three decimals, a yen none: neither is cents
    writer.accept(withAmount(line("OP-K", "K1", Component.ENERGY, "0"), Money.of("1.235", "KWD")));
    writer.accept(withAmount(line("OP-K", "K2", Component.ENERGY, "0"), Money.of("0.005", "KWD")));
    writer.accept(withAmount(line("OP-J", "J1", Component.SUBSIDY, "0"), Money.of("7", "JPY")));
    writer.finish();
    List<String> read;
    try (var lines = ledger.lines(run.id())) {
      read = lines.map(l -> l.line().recordId() + " " + l.line().amount()).toList();
    }
    assertThat(read).containsExactlyInAnyOrder("K1 1.235 KWD", "K2 0.005 KWD", "J1 7 JPY");
    assertThat(ledger.totals(run.id()))
        .containsExactly("SETTLEMENT ENERGY 2 lines 1.240 KWD", "SETTLEMENT SUBSIDY 1 lines 7 JPY");
  }

  private static PolicyLine withAmount(PolicyLine l, Money amount) {
    return new PolicyLine(
        l.component(),
        l.windowClass(),
        l.payer(),
        l.payee(),
        l.operatorId(),
        l.chargerId(),
        l.recordType(),
        l.recordId(),
        l.recordVersion(),
        l.quantity(),
        l.unit(),
        l.rate(),
        amount,
        l.rule(),
        l.policyFile(),
        l.rulesetSha256(),
        l.explanation());
  }

  @Test
  void aReRunAdjustsEachKeyByItsDifferenceInRecordOrder() {
    YearMonth period = YearMonth.of(2026, 5);
    SettlementRun initial =
        ledger.openRun(period, "INITIAL", 0, "beijing", "2024.1", "sha", Instant.EPOCH);
    LineWriter a0 = ledger.lineWriter(initial.id(), LineKind.SETTLEMENT);
    a0.accept(line("OP-A", "S1", 1, Component.ENERGY, WindowClass.PEAK, "2.5", "2.00"));
    a0.accept(line("OP-A", "S1", 1, Component.SUBSIDY, null, "2.5", "1.00"));
    a0.accept(line("OP-A", "S2", 1, Component.ENERGY, WindowClass.PEAK, "3", "3.00"));
    a0.accept(line("OP-A", "S6", 1, Component.ENERGY, WindowClass.PEAK, "4", "4.00"));
    a0.finish();
    LineWriter b0 = ledger.lineWriter(initial.id(), LineKind.SETTLEMENT);
    b0.accept(line("OP-B", "S5", 1, Component.SUBSIDY, null, "1", "4.00"));
    b0.finish();
    ledger.complete(initial.id(), Instant.EPOCH);

    SettlementRun r1 = ledger.openRun(period, "R1", 1, "beijing", "2024.1", "sha", Instant.EPOCH);
    // OP-B written first, and within OP-A records not in id order: neither order may matter
    LineWriter b1 = ledger.lineWriter(r1.id(), LineKind.SETTLEMENT);
    b1.accept(line("OP-B", "S5", 1, Component.SUBSIDY, null, "1", "4.00"));
    b1.accept(line("OP-B", "S4", 1, Component.ENERGY, WindowClass.PEAK, "1", "1.00"));
    b1.finish();
    LineWriter a1 = ledger.lineWriter(r1.id(), LineKind.SETTLEMENT);
    a1.accept(line("OP-A", "S8", 1, Component.ENERGY, WindowClass.PEAK, "1", "1.00"));
    a1.accept(line("OP-A", "S8", 1, Component.ENERGY, null, "1", "0.50"));
    // S6 now in two lines of the same key that add up to what it was: no adjustment
    a1.accept(line("OP-A", "S6", 1, Component.ENERGY, WindowClass.PEAK, "1.5", "1.50"));
    a1.accept(line("OP-A", "S6", 1, Component.ENERGY, WindowClass.PEAK, "2.5", "2.50"));
    // S1 corrected: its subsidy changes, its energy does not; S2 withdrawn
    a1.accept(line("OP-A", "S1", 2, Component.SUBSIDY, null, "2.5", "1.50"));
    a1.accept(line("OP-A", "S1", 2, Component.ENERGY, WindowClass.PEAK, "2.5", "2.00"));
    a1.finish();

    assertThat(adjustments.write(r1, initial)).isEqualTo(5);
    List<String> adjusted;
    try (var lines = ledger.lines(r1.id(), LineKind.ADJUSTMENT)) {
      adjusted =
          lines
              .map(LedgerLine::line)
              .map(
                  l ->
                      l.operatorId()
                          + " "
                          + l.quantity().stripTrailingZeros().toPlainString()
                          + " kWh "
                          + l.amount().amount().toPlainString()
                          + " | "
                          + l.explanation())
              .toList();
    }
    assertThat(adjusted)
        .containsExactly(
            "OP-A 0 kWh 0.50 | SUBSIDY of S1 was 1.00 CNY in 2026-05-INITIAL and is 1.50 in"
                + " 2026-05-R1 (record version 2): adjusted by 0.50.",
            "OP-A -3 kWh -3.00 | ENERGY PEAK of S2 was 3.00 CNY in 2026-05-INITIAL and is 0.00 in"
                + " 2026-05-R1 (record version 1): adjusted by -3.00.",
            // the line without a window class first, on every database
            "OP-A 1 kWh 0.50 | ENERGY of S8 was 0.00 CNY in 2026-05-INITIAL and is 0.50 in"
                + " 2026-05-R1 (record version 1): adjusted by 0.50.",
            "OP-A 1 kWh 1.00 | ENERGY PEAK of S8 was 0.00 CNY in 2026-05-INITIAL and is 1.00 in"
                + " 2026-05-R1 (record version 1): adjusted by 1.00.",
            "OP-B 1 kWh 1.00 | ENERGY PEAK of S4 was 0.00 CNY in 2026-05-INITIAL and is 1.00 in"
                + " 2026-05-R1 (record version 1): adjusted by 1.00.");

    ledger.complete(r1.id(), Instant.EPOCH);
    // R1: ENERGY 1.00 + 1.00 + 0.50 + 1.50 + 2.50 + 2.00, SUBSIDY 4.00 + 1.50;
    // adjustments: ENERGY -3.00 + 0.50 + 1.00 + 1.00, SUBSIDY 0.50
    assertThat(ledger.totals(r1.id()))
        .containsExactly(
            "SETTLEMENT ENERGY 6 lines 8.50 CNY",
            "SETTLEMENT SUBSIDY 2 lines 5.50 CNY",
            "ADJUSTMENT ENERGY 4 lines -0.50 CNY",
            "ADJUSTMENT SUBSIDY 1 lines 0.50 CNY");
  }

  @Test
  void pagesCrossOperatorsAndKindsWithoutLosingOrRepeatingALine() {
    SettlementRun run =
        ledger.openRun(
            YearMonth.of(2026, 4), "INITIAL", 0, "beijing", "2024.1", "sha", Instant.EPOCH);
    int page = KeysetPages.PAGE_ROWS;
    // OP-A fills exactly one page, OP-B one line more than a page, OP-C a single line
    int[] counts = {page, page + 1, 1};
    String[] operators = {"OP-A", "OP-B", "OP-C"};
    for (int o = operators.length - 1; o >= 0; o--) {
      LineWriter writer = ledger.lineWriter(run.id(), LineKind.SETTLEMENT);
      for (int i = 0; i < counts[o]; i++) {
        // record ids descend as lines are written: the order must be the writing order
        writer.accept(line(operators[o], "S" + (100_000 - i), Component.ENERGY, "1.00"));
      }
      writer.flush();
    }
    LineWriter adjustments = ledger.lineWriter(run.id(), LineKind.ADJUSTMENT);
    for (int i = 0; i < page; i++) {
      adjustments.accept(line("OP-A", "S" + (100_000 - i), Component.ENERGY, "0.01"));
    }
    adjustments.flush();

    List<String> read;
    try (var lines = ledger.lines(run.id())) {
      read =
          lines
              .map(l -> l.kind() + " " + l.line().operatorId() + " " + l.line().recordId())
              .toList();
    }
    List<String> expected = new java.util.ArrayList<>();
    for (int o = 0; o < operators.length; o++) {
      for (int i = 0; i < counts[o]; i++) {
        expected.add("SETTLEMENT " + operators[o] + " S" + (100_000 - i));
      }
    }
    for (int i = 0; i < page; i++) {
      expected.add("ADJUSTMENT OP-A S" + (100_000 - i));
    }
    assertThat(read).containsExactlyElementsOf(expected);
    try (var lines = ledger.lines(run.id(), LineKind.ADJUSTMENT)) {
      assertThat(lines.count()).isEqualTo(page);
    }
  }

  @Test
  void sessionsPageInStartOrderWithTiesBrokenByRecordIdAndOnlyTheLatestVersion() {
    Party op = new Party(PartyRole.OPERATORS, "OP-P");
    Instant received = Instant.parse("2026-11-01T00:00:00Z");
    long file =
        store.openFile(op, "s.csv", "9".repeat(64), RecordType.SESSIONS, null, received, false);
    Instant same = Instant.parse("2026-10-10T10:00:00Z");
    int total = KeysetPages.PAGE_ROWS + 3;
    List<NewVersion> versions = new java.util.ArrayList<>();
    // one session before the busy instant, then every other one at the same start: the page
    // boundary falls among sessions that start together
    for (int i = 0; i < total; i++) {
      Instant start = i == 0 ? same.minusSeconds(60) : same;
      versions.add(
          new NewVersion(
              session("P" + (10_000 + i), start, "1"),
              "OP-P",
              1,
              "a".repeat(64),
              i + 2,
              received,
              received));
    }
    store.writeChunk(file, RecordType.SESSIONS, versions, List.of());
    // a correction of the last one: only its second version is read, once
    store.writeChunk(
        file,
        RecordType.SESSIONS,
        List.of(
            new NewVersion(
                session("P" + (10_000 + total - 1), same, "2"),
                "OP-P",
                2,
                "b".repeat(64),
                total + 2,
                received,
                received)),
        List.of());

    List<String> read;
    try (var sessions =
        inputs.sessions(
            "OP-P", Instant.parse("2026-10-01T00:00:00Z"), Instant.parse("2026-11-01T00:00:00Z"))) {
      read = sessions.map(s -> s.record().recordId() + "@v" + s.version()).toList();
    }
    List<String> expected = new java.util.ArrayList<>();
    for (int i = 0; i < total; i++) {
      expected.add("P" + (10_000 + i) + "@v" + (i == total - 1 ? 2 : 1));
    }
    assertThat(read).containsExactlyElementsOf(expected);
  }

  private static ChargingSession session(String id, Instant start, String kwh) {
    return new ChargingSession(
        id,
        "C-P",
        start,
        start.plusSeconds(3600),
        Energy.kwh(kwh),
        null,
        null,
        null,
        null,
        RecordStatus.ACTIVE);
  }
}
