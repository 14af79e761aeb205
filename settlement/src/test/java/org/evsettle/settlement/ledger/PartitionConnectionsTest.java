package org.evsettle.settlement.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import org.evsettle.settlement.SettlementTestApplication;
import org.evsettle.settlement.domain.Component;
import org.evsettle.settlement.domain.LineSubject;
import org.evsettle.settlement.domain.Money;
import org.evsettle.settlement.domain.PolicyLine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A partition holds at most two connections: its step's and one more, whether it commits a batch of
 * lines or numbers a rule met for the first time. With a third, partitions could all hold two and
 * wait for a third from an empty pool.
 */
@SpringBootTest(classes = SettlementTestApplication.class)
@TestPropertySource(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:partition-connections;DB_CLOSE_DELAY=-1",
      "spring.datasource.hikari.maximum-pool-size=2",
      "spring.datasource.hikari.connection-timeout=2000"
    })
class PartitionConnectionsTest {

  @Autowired LedgerStore ledger;
  @Autowired PlatformTransactionManager transactions;
  @Autowired JdbcTemplate jdbc;

  private static PolicyLine line(String record, String rule) {
    return line("OP1", record, rule, "ab".repeat(32));
  }

  /** A kWh of energy for 1.00 CNY, paid by the operator to UT1. */
  static PolicyLine line(String operator, String record, String rule, String ruleset) {
    return new PolicyLine(
        Component.ENERGY,
        null,
        operator,
        "UT1",
        operator,
        "C1",
        LineSubject.SESSIONS,
        record,
        1,
        BigDecimal.ONE,
        "kWh",
        null,
        Money.of("1.00", "CNY"),
        rule,
        "price-energy.drl",
        ruleset,
        "explained");
  }

  @Test
  void aPartitionMeetingNewRulesInsideItsStepNeedsNoThirdConnection() {
    SettlementRun run =
        ledger.openRun(
            YearMonth.of(2025, 12),
            "INITIAL",
            0,
            "beijing",
            "2024.1",
            "ab".repeat(32),
            Instant.EPOCH);
    new TransactionTemplate(transactions)
        .executeWithoutResult(
            step -> {
              LineWriter writer = ledger.partitionLineWriter(run.id());
              writer.accept(line("S1", "Energy is priced"));
              writer.accept(line("S2", "Energy is priced again"));
              writer.finish();
            });
    assertThat(
            jdbc.queryForObject(
                "select count(*) from settlement_line where run_id = ?", Long.class, run.id()))
        .isEqualTo(2);
  }
}
