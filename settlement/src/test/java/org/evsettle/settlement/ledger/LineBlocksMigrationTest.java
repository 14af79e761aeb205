package org.evsettle.settlement.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** V12 on a ledger written before it: each part of a run gets a block of line ids. */
class LineBlocksMigrationTest {

  private static final String RULESET = "ab".repeat(32);

  private static long run(JdbcTemplate jdbc, String type, int sequence) {
    jdbc.update(
        "insert into settlement_run (run_id, period, run_type, sequence, pack_name, pack_version,"
            + " ruleset_sha256, status, created_at)"
            + " values (?, '2026-09', ?, ?, 'beijing', '2024.1', ?, 'RUNNING', current_timestamp)",
        "2026-09-" + type,
        type,
        sequence,
        RULESET);
    jdbc.update(
        "insert into run_rule (run_id, rule_no, rule, policy_file) select id, 1, 'Energy',"
            + " 'price-energy.drl' from settlement_run where run_type = ?",
        type);
    return jdbc.queryForObject(
        "select id from settlement_run where run_type = ?", Long.class, type);
  }

  private static void line(
      JdbcTemplate jdbc, long run, String kind, String operator, String record, long lineNo) {
    jdbc.update(
        "insert into settlement_line (run_id, kind, component, payer, payee, operator_id,"
            + " charger_id, record_type, record_id, record_version, quantity, unit, amount,"
            + " currency, rule_no, explanation, line_no)"
            + " values (?, ?, 'ENERGY', ?, 'UT1', ?, 'C1', 'SESSIONS', ?, 1,"
            + " 1, 'kWh', 1, 'CNY', 1, 'why', ?)",
        run,
        kind,
        operator,
        operator,
        record,
        lineNo);
  }

  @ParameterizedTest
  @MethodSource("org.evsettle.settlement.ledger.MigratedDatabases#fresh")
  void eachPartOfARunIsNumberedInABlockAndPublishedInTheSameOrder(
      String vendor, String url, String user, String password) {
    var db = new DriverManagerDataSource(url, user, password);
    var jdbc = new JdbcTemplate(db);
    MigratedDatabases.migrate(db, vendor, "11");
    long initial = run(jdbc, "INITIAL", 0);
    long r1 = run(jdbc, "R1", 1);
    // written interleaved; OP2's lines predate line numbers (all 0): their ids break the tie
    line(jdbc, initial, "SETTLEMENT", "OP2", "S5", 0);
    line(jdbc, initial, "SETTLEMENT", "OP1", "S9", 0);
    line(jdbc, initial, "SETTLEMENT", "OP2", "S4", 0);
    line(jdbc, initial, "SETTLEMENT", "OP1", "S1", 1);
    line(jdbc, r1, "ADJUSTMENT", "OP1", "S9", 0);
    line(jdbc, r1, "SETTLEMENT", "OP1", "S9", 0);

    MigratedDatabases.migrate(db, vendor, "latest");

    // blocks in order of run, kind and operator; ids and line numbers from 0 within each
    assertThat(
            jdbc.query(
                "select l.id, b.id, l.line_no, l.record_id from settlement_line l"
                    + " join line_block b on b.run_id = l.run_id and b.kind = l.kind"
                    + " and b.operator_id = l.operator_id order by l.id",
                (rs, n) ->
                    (rs.getLong(1) - (rs.getLong(2) << 32))
                        + "@"
                        + rs.getLong(2)
                        + " "
                        + rs.getLong(3)
                        + " "
                        + rs.getString(4)))
        .containsExactly("0@1 0 S9", "1@1 1 S1", "0@2 0 S5", "1@2 1 S4", "0@3 0 S9", "0@4 0 S9");

    var ledger = new LedgerStore(jdbc, new DataSourceTransactionManager(db));
    // a part met after the migration gets the next block, not one of the migrated ones
    LineWriter more = ledger.lineWriter(initial, LineKind.ADJUSTMENT);
    more.accept(PartitionConnectionsTest.line("OP3", "S7", "Energy", RULESET));
    more.finish();
    assertThat(
            jdbc.queryForObject("select id from line_block where operator_id = 'OP3'", Long.class))
        .isEqualTo(5L);
    List<String> published;
    try (var lines = ledger.lines(initial)) {
      published =
          lines
              .map(l -> l.kind() + " " + l.line().operatorId() + " " + l.line().recordId())
              .toList();
    }
    assertThat(published)
        .containsExactly(
            "SETTLEMENT OP1 S9",
            "SETTLEMENT OP1 S1",
            "SETTLEMENT OP2 S5",
            "SETTLEMENT OP2 S4",
            "ADJUSTMENT OP3 S7");
  }
}
