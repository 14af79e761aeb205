package org.evsettle.settlement.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import org.evsettle.settlement.SettlementTestApplication;
import org.evsettle.settlement.domain.Component;
import org.evsettle.settlement.domain.Money;
import org.evsettle.settlement.domain.PolicyLine;
import org.evsettle.settlement.domain.RecordType;
import org.evsettle.settlement.domain.WindowClass;
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

  private static PolicyLine line(String operator, String record, Component component, String cny) {
    return new PolicyLine(
        component,
        component == Component.ENERGY ? WindowClass.PEAK : null,
        operator,
        "UTIL",
        operator,
        "C-" + operator,
        RecordType.SESSIONS,
        record,
        1,
        new BigDecimal("2.5"),
        "kWh",
        null,
        new Money(new BigDecimal(cny), CNY),
        "rule",
        "tariff.drl",
        "sha",
        "explained");
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
    opB.flush();
    opA.accept(line("OP-A", "S2", Component.ENERGY, "4.00"));
    opA.accept(line("OP-A", "S2", Component.SUBSIDY, "5.00"));
    opA.flush();
    LineWriter adjustments = ledger.lineWriter(run.id(), LineKind.ADJUSTMENT);
    adjustments.accept(line("OP-A", "S0", Component.ENERGY, "-0.50"));
    adjustments.flush();
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
}
