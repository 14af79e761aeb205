package org.evsettle.settlement.persistence;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A JDBC batch of rows whose column types are known: each value is bound with the setter of its
 * type. A generic batch update resolved each parameter's type again, for every value of every row:
 * a fifth of the time of storing a file's rows.
 */
final class TypedBatch {

  private TypedBatch() {}

  /** Executes {@code sql} once per row, in one batch; nothing when there are no rows. */
  static void execute(JdbcTemplate jdbc, String sql, List<Object[]> rows, int[] types) {
    if (rows.isEmpty()) {
      return;
    }
    jdbc.execute(
        sql,
        (PreparedStatement ps) -> {
          for (Object[] row : rows) {
            for (int i = 0; i < types.length; i++) {
              bind(ps, i + 1, row[i], types[i]);
            }
            ps.addBatch();
          }
          return ps.executeBatch();
        });
  }

  static void bind(PreparedStatement ps, int index, Object value, int type) throws SQLException {
    if (value == null) {
      ps.setNull(index, type);
      return;
    }
    if (value instanceof String text) {
      ps.setString(index, text);
      return;
    }
    switch (type) {
      case Types.INTEGER -> ps.setInt(index, ((Number) value).intValue());
      case Types.BIGINT -> ps.setLong(index, ((Number) value).longValue());
      case Types.NUMERIC -> ps.setBigDecimal(index, (BigDecimal) value);
      case Types.BOOLEAN -> ps.setBoolean(index, (Boolean) value);
      default -> ps.setObject(index, value, type);
    }
  }
}
