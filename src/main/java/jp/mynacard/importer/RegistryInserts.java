package jp.mynacard.importer;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Inserts residents new to the registry, with their cards and certificates, on the chunk's
 * connection. Per-entity JPA inserts cannot reach the import's 20,000 rows/s; PostgreSQL's COPY
 * does (about twice the speed of multi-row INSERT batches, measured in bench/), and any other
 * database gets JDBC batches.
 */
interface RegistryInserts {
  void insert(Connection c, String table, String columns, List<Object[]> rows) throws SQLException;

  static RegistryInserts forConnection(Connection c) throws SQLException {
    return PostgresCopy.supports(c) ? new PostgresCopy() : new JdbcBatches();
  }

  static void insert(Connection c, List<ImportRow> rows, long instance, LocalDateTime now)
      throws SQLException {
    NewRegistryRows fresh = new NewRegistryRows(rows, instance, now);
    RegistryInserts inserts = forConnection(c);
    // parents first: the foreign keys are checked row by row
    inserts.insert(c, "resident", NewRegistryRows.RESIDENT_COLUMNS, fresh.residents);
    inserts.insert(c, "card", NewRegistryRows.CARD_COLUMNS, fresh.cards);
    inserts.insert(c, "certificate", NewRegistryRows.CERTIFICATE_COLUMNS, fresh.certificates);
  }
}
