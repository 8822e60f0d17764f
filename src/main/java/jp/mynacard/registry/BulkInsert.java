package jp.mynacard.registry;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Inserts many rows on the caller's (the chunk's) connection. Per-entity JPA inserts cannot reach
 * the import's 20,000 rows/s; PostgreSQL's COPY does (about twice the speed of multi-row INSERT
 * batches, measured in bench/), and any other database gets JDBC batches.
 */
public interface BulkInsert {
  /**
   * @param columns the table's column names, comma-separated, in the order of each row's values
   * @param rows values as String, LocalDate, LocalDateTime, Boolean, Integer, Long or null
   */
  void insert(Connection c, String table, String columns, List<Object[]> rows) throws SQLException;

  static BulkInsert forConnection(Connection c) throws SQLException {
    return PostgresCopy.supports(c) ? new PostgresCopy() : new JdbcBatches();
  }
}
