package org.evsettle.settlement.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** V10 on a ledger written before it: each line cites the rule it carried, by number. */
class RunRuleMigrationTest {

  private static long run(JdbcTemplate jdbc, String type, int sequence) {
    jdbc.update(
        "insert into settlement_run (run_id, period, run_type, sequence, pack_name, pack_version,"
            + " ruleset_sha256, status, created_at)"
            + " values (?, '2026-09', ?, ?, 'beijing', '2024.1', ?, 'COMPLETED', current_timestamp)",
        "2026-09-" + type,
        type,
        sequence,
        "ab".repeat(32));
    return jdbc.queryForObject(
        "select id from settlement_run where run_type = ?", Long.class, type);
  }

  private static void line(JdbcTemplate jdbc, long run, long lineNo, String rule, String file) {
    jdbc.update(
        "insert into settlement_line (run_id, kind, component, payer, payee, operator_id,"
            + " charger_id, record_type, record_id, record_version, quantity, unit, amount,"
            + " currency, rule, policy_file, ruleset_sha256, explanation, line_no)"
            + " values (?, 'SETTLEMENT', 'ENERGY', 'OP1', 'UT1', 'OP1', 'C1', 'SESSIONS', ?, 1,"
            + " 1, 'kWh', 1, 'CNY', ?, ?, ?, 'why', ?)",
        run,
        "S" + lineNo,
        rule,
        file,
        "ab".repeat(32),
        lineNo);
  }

  @ParameterizedTest
  @MethodSource("org.evsettle.settlement.ledger.MigratedDatabases#fresh")
  void eachLineCitesTheRuleItCarriedByNumberWithinItsRun(
      String vendor, String url, String user, String password) {
    var db = new DriverManagerDataSource(url, user, password);
    var jdbc = new JdbcTemplate(db);
    MigratedDatabases.migrate(db, vendor, "9");
    long initial = run(jdbc, "INITIAL", 0);
    long r1 = run(jdbc, "R1", 1);
    line(jdbc, initial, 1, "Subsidy", "subsidy.drl");
    line(jdbc, initial, 2, "Energy", "price-energy.drl");
    line(jdbc, initial, 3, "Subsidy", "subsidy.drl");
    line(jdbc, r1, 1, "Withheld", "withhold-subsidy.drl");

    MigratedDatabases.migrate(db, vendor, "10");

    // numbered per run in order of policy file, then rule
    assertThat(
            jdbc.query(
                "select run_id, rule_no, rule, policy_file from run_rule order by run_id, rule_no",
                (rs, n) ->
                    (rs.getLong(1) == initial ? "INITIAL " : "R1 ")
                        + rs.getInt(2)
                        + " "
                        + rs.getString(3)
                        + " "
                        + rs.getString(4)))
        .containsExactly(
            "INITIAL 1 Energy price-energy.drl",
            "INITIAL 2 Subsidy subsidy.drl",
            "R1 1 Withheld withhold-subsidy.drl");
    List<String> cited =
        jdbc.query(
            "select l.line_no, r.rule from settlement_line l join run_rule r"
                + " on r.run_id = l.run_id and r.rule_no = l.rule_no where l.run_id = ?"
                + " order by l.line_no",
            (rs, n) -> rs.getLong(1) + " " + rs.getString(2),
            initial);
    assertThat(cited).containsExactly("1 Subsidy", "2 Energy", "3 Subsidy");
    // the rule-set hash is its run's, no longer a column of every line
    assertThatThrownBy(() -> jdbc.queryForList("select ruleset_sha256 from settlement_line"))
        .isInstanceOf(org.springframework.jdbc.BadSqlGrammarException.class);
  }
}
