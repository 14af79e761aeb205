package org.evsettle.settlement.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import org.evsettle.settlement.domain.PolicyLine;
import org.springframework.jdbc.core.RowMapper;

/** Lines as stored, with the rules they cite by number and the hash of their run's rule set. */
record LineMapper(Map<Integer, RunRules.Rule> rules, String ruleset)
    implements RowMapper<LineMapper.NumberedLine> {

  /** A line with its id, where the next page of its part starts. */
  record NumberedLine(LedgerLine line, long id) {}

  @Override
  public NumberedLine mapRow(ResultSet rs, int row) throws SQLException {
    return new NumberedLine(
        new LedgerLine(LineKind.valueOf(rs.getString("kind")), line(rs)), rs.getLong("id"));
  }

  private PolicyLine line(ResultSet rs) throws SQLException {
    String window = rs.getString("window_class");
    RunRules.Rule rule = rules.get(rs.getInt("rule_no"));
    return new PolicyLine(
        org.evsettle.settlement.domain.Component.of(rs.getString("component")),
        window == null ? null : org.evsettle.settlement.domain.WindowClass.of(window),
        rs.getString("payer"),
        rs.getString("payee"),
        rs.getString("operator_id"),
        rs.getString("charger_id"),
        org.evsettle.settlement.domain.LineSubject.valueOf(rs.getString("record_type")),
        rs.getString("record_id"),
        rs.getInt("record_version"),
        rs.getBigDecimal("quantity"),
        rs.getString("unit"),
        rs.getBigDecimal("rate"),
        org.evsettle.settlement.domain.Money.stored(
            rs.getBigDecimal("amount"), java.util.Currency.getInstance(rs.getString("currency"))),
        rule.rule(),
        rule.policyFile(),
        ruleset,
        rs.getString("explanation"));
  }
}
