package jp.mynacard.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * What the runtime role of a two-role PostgreSQL deployment may do, granted by the owner role after
 * each migration (so a new table is covered at the next start): read and write the registry's
 * tables, but only read and append the audit trail, and only move the chain's head. It may create
 * tables in the schema, because Liberty creates its batch job repository with the application's
 * data source; those tables are the runtime role's own.
 */
final class RuntimeGrants {
  private static final Logger LOG = Logger.getLogger(RuntimeGrants.class.getName());

  private RuntimeGrants() {}

  static void grant(Connection owner, String runtimeRole) throws SQLException {
    String role = quote(runtimeRole);
    String schema;
    try (Statement s = owner.createStatement();
        ResultSet r = s.executeQuery("SELECT current_schema()")) {
      r.next();
      schema = quote(r.getString(1));
    }
    // only what the owner owns: Liberty's batch tables and their sequences are the runtime
    // role's own, and a grant on them by anyone else fails
    List<String> tables =
        names(
            owner,
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
                + " AND tableowner = current_user");
    List<String> sequences =
        names(
            owner,
            "SELECT sequencename FROM pg_sequences WHERE schemaname = current_schema()"
                + " AND sequenceowner = current_user");
    try (Statement s = owner.createStatement()) {
      s.execute("GRANT USAGE, CREATE ON SCHEMA " + schema + " TO " + role);
      for (String table : tables) {
        String name = quote(table);
        s.execute("REVOKE ALL ON " + name + " FROM " + role);
        s.execute("GRANT " + privileges(table) + " ON " + name + " TO " + role);
      }
      for (String sequence : sequences) {
        s.execute("GRANT USAGE, SELECT ON SEQUENCE " + quote(sequence) + " TO " + role);
      }
    }
    LOG.info(
        "database role "
            + runtimeRole
            + " granted the runtime privileges (audit_event: SELECT and INSERT only)");
  }

  private static List<String> names(Connection c, String sql) throws SQLException {
    List<String> names = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(sql);
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        names.add(r.getString(1));
      }
    }
    return names;
  }

  /** The runtime role's privileges on a table of the owner's. */
  static String privileges(String table) {
    return switch (table) {
      case "audit_event" -> "SELECT, INSERT";
      case "audit_chain" -> "SELECT, UPDATE";
      case "flyway_schema_history" -> "SELECT";
      default -> "SELECT, INSERT, UPDATE, DELETE, TRUNCATE";
    };
  }

  private static String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }
}
