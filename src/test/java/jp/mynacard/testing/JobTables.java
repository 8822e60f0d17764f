package jp.mynacard.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a job had committed, read over JDBC from the test JVM once the server is down (embedded
 * Derby can only be opened then): the upper bound of a crash test's kill point, and what a run
 * should have e-mailed.
 */
public final class JobTables {
  private JobTables() {}

  /** Rows the import's step importRows had committed, summed over its partitions. */
  public static long importedRows(long instanceId) throws SQLException {
    return single(
        "SELECT COALESCE(SUM(read_count), 0) FROM import_progress WHERE instance_id = ?",
        instanceId);
  }

  /**
   * The run's letters that go by e-mail: those of residents who agreed to it and gave an address,
   * decided from the letters and the registry alone, not from the outbox that the test checks.
   */
  public static Set<String> lettersToMail(long runId) throws SQLException {
    Set<String> letters = new TreeSet<>();
    try (Connection c = RegistryDump.connect();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT l.letter_id FROM letter l JOIN resident r"
                    + " ON r.resident_id = l.resident_id WHERE l.run_id = ?"
                    + " AND r.email_consent = TRUE AND r.email IS NOT NULL AND r.email <> ''")) {
      s.setLong(1, runId);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          letters.add(r.getString(1));
        }
      }
    } finally {
      RegistryDump.shutDownEmbeddedDerby();
    }
    return letters;
  }

  private static long single(String sql, long id) throws SQLException {
    try (Connection c = RegistryDump.connect();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, id);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    } finally {
      RegistryDump.shutDownEmbeddedDerby();
    }
  }
}
