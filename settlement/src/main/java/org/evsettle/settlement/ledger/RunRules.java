package org.evsettle.settlement.ledger;

import java.util.HashMap;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The numbers of the rules (rule and policy file) a run's lines cite, as {@code run_rule} holds
 * them. A rule met for the first time is numbered and committed at once, in a transaction of its
 * own: lines citing it may be committed before the partition that met it. Partitions of one run
 * share one instance; a partition in another process that numbers a rule first wins, and the
 * numbers are read again.
 */
final class RunRules {

  /** A rule as lines cite it. */
  record Rule(String rule, String policyFile) {}

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;
  private final long runId;
  private final Map<Rule, Integer> numbers = new HashMap<>();

  RunRules(JdbcTemplate jdbc, TransactionTemplate ownTransaction, long runId) {
    this.jdbc = jdbc;
    this.ownTransaction = ownTransaction;
    this.runId = runId;
    reload();
  }

  /** The rules of a run by number, as its lines are read back. */
  static Map<Integer, Rule> of(JdbcTemplate jdbc, long runId) {
    Map<Integer, Rule> rules = new HashMap<>();
    jdbc.query(
        "select rule_no, rule, policy_file from run_rule where run_id = ?",
        rs -> {
          rules.put(rs.getInt(1), new Rule(rs.getString(2), rs.getString(3)));
        },
        runId);
    return rules;
  }

  synchronized int numberOf(String rule, String policyFile) {
    Rule key = new Rule(rule, policyFile);
    Integer known = numbers.get(key);
    for (int attempt = 0; known == null; attempt++) {
      int next = numbers.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
      try {
        ownTransaction.executeWithoutResult(
            status ->
                jdbc.update(
                    "insert into run_rule (run_id, rule_no, rule, policy_file) values (?, ?, ?, ?)",
                    runId,
                    next,
                    rule,
                    policyFile));
        numbers.put(key, next);
        known = next;
      } catch (DuplicateKeyException numberedElsewhere) {
        if (attempt == 10) {
          throw numberedElsewhere;
        }
        reload();
        known = numbers.get(key);
      }
    }
    return known;
  }

  private void reload() {
    numbers.clear();
    of(jdbc, runId).forEach((number, rule) -> numbers.put(rule, number));
  }
}
