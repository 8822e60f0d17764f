package jp.mynacard.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import jp.mynacard.it.ItServer;

/**
 * The registry rows of residents whose id starts with a prefix, read over JDBC from the test JVM
 * and written as comparable text: everything that an import decides, nothing that differs by run
 * alone (sealed numbers carry a random IV; timestamps, job ids and row versions). Embedded Derby
 * can only be opened while the server is stopped.
 */
public final class RegistryDump {
  private RegistryDump() {}

  public static List<String> of(String prefix) throws SQLException {
    try (Connection c = connect()) {
      List<String> dump = new ArrayList<>();
      query(
          c,
          dump,
          "SELECT resident_id, number_hash, family_name, given_name, family_name_kana,"
              + " given_name_kana, birth_date, sex, postal_code, address, nationality,"
              + " residence_status, stay_expires_on, lang, email, email_consent, resident_status,"
              + " current_card_id, import_line FROM resident WHERE resident_id LIKE ? ORDER BY 1",
          prefix);
      query(
          c,
          dump,
          "SELECT c.card_id, c.resident_id, c.application_received_on, c.issued_on,"
              + " c.expires_on, c.computed_expires_on, c.card_status, c.user_cert_serial,"
              + " c.sign_cert_serial FROM card c WHERE c.resident_id LIKE ? ORDER BY 1",
          prefix);
      query(
          c,
          dump,
          "SELECT s.serial, s.card_id, s.kind, s.issued_on, s.expires_on,"
              + " s.computed_expires_on, s.cert_status, s.revocation_reason FROM certificate s"
              + " JOIN card c ON c.card_id = s.card_id WHERE c.resident_id LIKE ? ORDER BY 1",
          prefix);
      query(
          c,
          dump,
          "SELECT action, COUNT(*) FROM audit_event WHERE resident_id LIKE ?"
              + " AND chain_seq > "
              + auditMark
              + " GROUP BY action ORDER BY 1",
          prefix);
      return dump;
    } finally {
      shutDownEmbeddedDerby();
    }
  }

  /**
   * Removes those residents again, with their letters, notices and run candidates, so the same file
   * can be imported afresh. Their audit lines stay.
   */
  /**
   * The audit trail's last place when residents were last deleted: audit lines are never deleted
   * (the runtime role may not, and a gap would break the chain), so a dump counts only the lines
   * written since.
   */
  private static long auditMark;

  public static void delete(String prefix) throws SQLException {
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      if (!hasSchema(c)) {
        // a fresh database the application has not started on yet (a crash test run alone):
        // nothing to delete, and no audit line before the test's
        auditMark = 0;
        return;
      }
      String like = "'" + prefix.replace("'", "''") + "%'";
      deleteLetters(s, like);
      s.executeUpdate("DELETE FROM renewal_candidate WHERE resident_id LIKE " + like);
      s.executeUpdate(
          "DELETE FROM certificate WHERE card_id IN (SELECT card_id FROM card"
              + " WHERE resident_id LIKE "
              + like
              + ")");
      s.executeUpdate("DELETE FROM card WHERE resident_id LIKE " + like);
      s.executeUpdate("DELETE FROM resident WHERE resident_id LIKE " + like);
      try (ResultSet r = s.executeQuery("SELECT COALESCE(MAX(chain_seq), 0) FROM audit_event")) {
        r.next();
        auditMark = r.getLong(1);
      }
    } finally {
      shutDownEmbeddedDerby();
    }
  }

  private static boolean hasSchema(Connection c) throws SQLException {
    try (ResultSet r = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
      while (r.next()) {
        if (r.getString("TABLE_NAME").equalsIgnoreCase("resident")) {
          return true;
        }
      }
    }
    return false;
  }

  /** Forgets the letters and notices of those residents, so their items are due again. */
  public static void forgetNotices(String prefix) throws SQLException {
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      String like = "'" + prefix.replace("'", "''") + "%'";
      deleteLetters(s, like);
    } finally {
      shutDownEmbeddedDerby();
    }
  }

  /** The e-mails, notices and letters of the residents {@code like} matches. */
  private static void deleteLetters(Statement s, String like) throws SQLException {
    s.executeUpdate(
        "DELETE FROM mail_outbox WHERE letter_id IN (SELECT letter_id FROM letter"
            + " WHERE resident_id LIKE "
            + like
            + ")");
    s.executeUpdate("DELETE FROM notice WHERE resident_id LIKE " + like);
    s.executeUpdate("DELETE FROM letter WHERE resident_id LIKE " + like);
  }

  /** Records an end for every renewal run without one, so none holds back a later run. */
  public static void endUnfinishedRuns() throws SQLException {
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "UPDATE renewal_run SET finished_at = CURRENT_TIMESTAMP WHERE finished_at IS NULL");
    } finally {
      shutDownEmbeddedDerby();
    }
  }

  /** How many letters a run wrote. */
  public static long letters(long runId) throws SQLException {
    try (Connection c = connect();
        var s = c.prepareStatement("SELECT COUNT(*) FROM letter WHERE run_id = ?")) {
      s.setLong(1, runId);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    } finally {
      shutDownEmbeddedDerby();
    }
  }

  /** The run's outbox: letter id → status. */
  public static java.util.Map<String, String> outbox(long runId) throws SQLException {
    java.util.Map<String, String> rows = new java.util.TreeMap<>();
    try (Connection c = connect();
        var s = c.prepareStatement("SELECT letter_id, status FROM mail_outbox WHERE run_id = ?")) {
      s.setLong(1, runId);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          rows.put(r.getString(1), r.getString(2));
        }
      }
    } finally {
      shutDownEmbeddedDerby();
    }
    return rows;
  }

  public static long count(String prefix) throws SQLException {
    try (Connection c = connect();
        var s = c.prepareStatement("SELECT COUNT(*) FROM resident WHERE resident_id LIKE ?")) {
      s.setString(1, prefix + "%");
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    } finally {
      shutDownEmbeddedDerby();
    }
  }

  private static void query(Connection c, List<String> out, String sql, String prefix)
      throws SQLException {
    try (var s = c.prepareStatement(sql)) {
      s.setString(1, prefix + "%");
      try (ResultSet r = s.executeQuery()) {
        int n = r.getMetaData().getColumnCount();
        while (r.next()) {
          StringBuilder line = new StringBuilder(sql.substring(7, 20));
          for (int i = 1; i <= n; i++) {
            line.append('|').append(r.getString(i));
          }
          out.add(line.toString());
        }
      }
    }
  }

  static boolean postgres() {
    return "postgresql".equalsIgnoreCase(System.getenv().getOrDefault("MYNACARD_DB", "derby"));
  }

  static Connection connect() throws SQLException {
    if (postgres()) {
      String url =
          "jdbc:postgresql://"
              + env("MYNACARD_DB_HOST", "localhost")
              + ":"
              + env("MYNACARD_DB_PORT", "5432")
              + "/"
              + env("MYNACARD_DB_NAME", "mynacard");
      return DriverManager.getConnection(
          url, env("MYNACARD_DB_USER", "mynacard"), env("MYNACARD_DB_PASSWORD", ""));
    }
    return DriverManager.getConnection("jdbc:derby:" + derbyPath());
  }

  private static Path derbyPath() {
    return ItServer.serverDir().resolve("mynacard/derby/mynacard").toAbsolutePath();
  }

  static void shutDownEmbeddedDerby() {
    if (postgres()) {
      return;
    }
    try {
      DriverManager.getConnection("jdbc:derby:" + derbyPath() + ";shutdown=true").close();
    } catch (SQLException expected) {
      // Derby reports a successful shutdown as SQLState 08006
      if (!"08006".equals(expected.getSQLState())) {
        throw new IllegalStateException(expected);
      }
    }
  }

  static String env(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? fallback : v;
  }
}
