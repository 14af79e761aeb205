package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Drops foreign keys whose names the database generated, found by table and column. */
final class ForeignKeys {

  private ForeignKeys() {}

  static void drop(Connection connection, String table, String column) throws SQLException {
    var meta = connection.getMetaData();
    String name = meta.storesUpperCaseIdentifiers() ? table.toUpperCase() : table;
    List<String> keys = new ArrayList<>();
    try (ResultSet rs = meta.getImportedKeys(null, null, name)) {
      while (rs.next()) {
        if (rs.getString("FKCOLUMN_NAME").equalsIgnoreCase(column)) {
          keys.add(rs.getString("FK_NAME"));
        }
      }
    }
    try (Statement statement = connection.createStatement()) {
      for (String key : keys) {
        statement.execute("alter table " + table + " drop constraint \"" + key + "\"");
      }
    }
  }
}
