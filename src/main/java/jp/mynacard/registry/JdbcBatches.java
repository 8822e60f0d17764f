package jp.mynacard.registry;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.List;

/** Batched INSERTs: portable JDBC, used for embedded Derby. */
public final class JdbcBatches implements BulkInsert {
  @Override
  public void insert(Connection c, String table, String columns, List<Object[]> rows)
      throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    int width = rows.get(0).length;
    String sql =
        "INSERT INTO "
            + table
            + " ("
            + columns
            + ") VALUES ("
            + String.join(",", Collections.nCopies(width, "?"))
            + ")";
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (Object[] row : rows) {
        for (int i = 0; i < width; i++) {
          set(s, i + 1, row[i]);
        }
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  private static void set(PreparedStatement s, int i, Object v) throws SQLException {
    if (v == null) {
      s.setNull(i, Types.VARCHAR);
    } else if (v instanceof LocalDate d) {
      s.setDate(i, Date.valueOf(d));
    } else if (v instanceof LocalDateTime t) {
      s.setTimestamp(i, Timestamp.valueOf(t));
    } else if (v instanceof Boolean b) {
      s.setBoolean(i, b);
    } else if (v instanceof Long l) {
      s.setLong(i, l);
    } else if (v instanceof Integer n) {
      s.setInt(i, n);
    } else {
      s.setString(i, (String) v);
    }
  }
}
