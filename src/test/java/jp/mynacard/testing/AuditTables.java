package jp.mynacard.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The audit table reached around the application, as someone with database access would: to change
 * a line behind the chain's back, and to see what each PostgreSQL role may do to it. Embedded Derby
 * can only be opened while the server is stopped.
 */
public final class AuditTables {
  private AuditTables() {}

  public static boolean postgres() {
    return RegistryDump.postgres();
  }

  /** The owner role of a two-role PostgreSQL deployment, or null when one role does both. */
  public static String ownerRole() {
    String owner = System.getenv("MYNACARD_DB_OWNER");
    return owner == null || owner.isBlank() ? null : owner;
  }

  /** A line's reason. */
  public static String reason(String eventId) throws SQLException {
    try (Connection c = RegistryDump.connect();
        PreparedStatement s =
            c.prepareStatement("SELECT reason FROM audit_event WHERE event_id = ?")) {
      s.setString(1, eventId);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          throw new AssertionError("no audit line " + eventId);
        }
        return r.getString(1);
      }
    } finally {
      RegistryDump.shutDownEmbeddedDerby();
    }
  }

  /**
   * Changes a line's reason as its table's owner would, switching PostgreSQL's guard trigger off
   * for the change (only the owner can).
   */
  public static void changeReason(String eventId, String reason) throws SQLException {
    try (Connection c = RegistryDump.postgres() ? owner() : RegistryDump.connect()) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        if (RegistryDump.postgres()) {
          s.execute("ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only");
        }
        try (PreparedStatement u =
            c.prepareStatement("UPDATE audit_event SET reason = ? WHERE event_id = ?")) {
          u.setString(1, reason);
          u.setString(2, eventId);
          if (u.executeUpdate() != 1) {
            throw new AssertionError("no audit line " + eventId);
          }
        }
        if (RegistryDump.postgres()) {
          s.execute("ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only");
        }
      }
      c.commit();
    } finally {
      RegistryDump.shutDownEmbeddedDerby();
    }
  }

  /** Runs {@code sql} as the application's own role; the SQLState it failed with, or null. */
  public static String asRuntimeRole(String sql) throws SQLException {
    try (Connection c = RegistryDump.connect()) {
      return failure(c, sql);
    }
  }

  /** Runs {@code sql} as the owner role; the SQLState it failed with, or null. */
  public static String asOwner(String sql) throws SQLException {
    try (Connection c = owner()) {
      return failure(c, sql);
    }
  }

  private static String failure(Connection c, String sql) throws SQLException {
    c.setAutoCommit(false);
    try (Statement s = c.createStatement()) {
      s.executeUpdate(sql);
      return null;
    } catch (SQLException refused) {
      return refused.getSQLState();
    } finally {
      // whatever it did, it is not kept
      c.rollback();
    }
  }

  private static Connection owner() throws SQLException {
    String url =
        "jdbc:postgresql://"
            + RegistryDump.env("MYNACARD_DB_HOST", "localhost")
            + ":"
            + RegistryDump.env("MYNACARD_DB_PORT", "5432")
            + "/"
            + RegistryDump.env("MYNACARD_DB_NAME", "mynacard");
    String role =
        ownerRole() == null ? RegistryDump.env("MYNACARD_DB_USER", "mynacard") : ownerRole();
    String password =
        ownerRole() == null
            ? RegistryDump.env("MYNACARD_DB_PASSWORD", "")
            : RegistryDump.env("MYNACARD_DB_OWNER_PASSWORD", "");
    return DriverManager.getConnection(url, role, password);
  }
}
