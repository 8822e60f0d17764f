package jp.mynacard.renewal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import jp.mynacard.testing.MigratedDatabase;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Runs, letters and outbox rows on the application's own migrations, for unit tests of e-mail
 * instead of paper: embedded Derby in memory, or, with {@code -Dmynacard.test.postgresql=<JDBC
 * URL>} (a database of one's own), a fresh schema in that PostgreSQL database per call.
 */
public final class PaperFixture {
  private static final AtomicInteger DATABASES = new AtomicInteger();

  private PaperFixture() {}

  public static DataSource database() throws SQLException {
    String postgres = System.getProperty("mynacard.test.postgresql");
    return postgres == null
        ? MigratedDatabase.derby("paper")
        : MigratedDatabase.migrate(postgres(postgres));
  }

  private static DataSource postgres(String url) throws SQLException {
    String schema = "paper_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setUrl(url);
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      s.execute("CREATE SCHEMA " + schema);
    }
    ds.setCurrentSchema(schema);
    return ds;
  }

  /** A run as of 2026-04-01; {@code finished}: its end recorded. */
  public static void run(Connection c, long runId, boolean finished) throws SQLException {
    update(
        c,
        "INSERT INTO renewal_run (run_id, as_of, lead_months, dry_run, export_dir, chunk_size,"
            + " partitions, started_at, candidates, expired_never_notified, finished_at)"
            + " VALUES (?, DATE('2026-04-01'), '3', FALSE, '-', 500, 1, CURRENT_TIMESTAMP, 0, 0,"
            + (finished ? " CURRENT_TIMESTAMP)" : " NULL)"),
        runId);
  }

  public static void finished(Connection c, long runId) throws SQLException {
    update(c, "UPDATE renewal_run SET finished_at = CURRENT_TIMESTAMP WHERE run_id = ?", runId);
  }

  /** The letter id of run {@code runId} to {@code residentId}. */
  public static String letterId(long runId, String residentId) {
    return "L20260401-" + runId + "-" + residentId;
  }

  /** A letter of the run to the resident, and with {@code email} its PENDING outbox row. */
  public static String letter(Connection c, long runId, String residentId, boolean email)
      throws SQLException {
    String letterId = letterId(runId, residentId);
    update(
        c,
        "INSERT INTO letter (letter_id, run_id, as_of, resident_id, lang, address, addressee,"
            + " card_expires_on, earliest_expires_on, renewal_opens_on, created_at)"
            + " VALUES (?, ?, DATE('2026-04-01'), ?, 'ja', '-', '山田 太郎',"
            + " DATE('2026-06-30'), DATE('2026-06-30'), DATE('2026-03-31'), CURRENT_TIMESTAMP)",
        letterId,
        runId,
        residentId);
    if (email) {
      update(
          c,
          "INSERT INTO mail_outbox (letter_id, address, run_id, status, attempts,"
              + " next_attempt_at) VALUES (?, ?, ?, 'PENDING', 0, CURRENT_TIMESTAMP)",
          letterId,
          residentId.toLowerCase() + "@example.jp",
          runId);
    }
    return letterId;
  }

  /** The outbox row's status, as sendMail would set it. */
  public static void mailStatus(Connection c, String letterId, String status) throws SQLException {
    update(c, "UPDATE mail_outbox SET status = ? WHERE letter_id = ?", status, letterId);
  }

  /** Marks the run's outbox rows as replacing their letters, as the run's export decides. */
  public static void withheld(Connection c, long runId) throws SQLException {
    update(c, "UPDATE mail_outbox SET paper_state = 'WITHHELD' WHERE run_id = ?", runId);
  }

  /** Claims the letter for run {@code runId}'s print, as that run's export decides. */
  public static void printedBy(Connection c, String letterId, long runId) throws SQLException {
    update(
        c,
        "UPDATE mail_outbox SET paper_state = 'PRINTED', printed_run_id = ? WHERE letter_id = ?",
        runId,
        letterId);
  }

  /** Letter {@code letterId}'s paper state and the run that printed it ("-" without a row). */
  public static String paper(Connection c, String letterId) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT paper_state, printed_run_id FROM mail_outbox WHERE letter_id = ?")) {
      s.setString(1, letterId);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          return "-";
        }
        String state = r.getString(1) == null ? "NONE" : r.getString(1);
        long printed = r.getLong(2);
        return state + (r.wasNull() ? "" : " by " + printed);
      }
    }
  }

  public static List<String> column(Connection c, String sql, Object... values)
      throws SQLException {
    List<String> found = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(sql)) {
      bind(s, values);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          found.add(r.getString(1));
        }
      }
    }
    return found;
  }

  private static void update(Connection c, String sql, Object... values) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      bind(s, values);
      s.executeUpdate();
    }
  }

  private static void bind(PreparedStatement s, Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      if (values[i] instanceof Long l) {
        s.setLong(i + 1, l);
      } else {
        s.setString(i + 1, (String) values[i]);
      }
    }
  }
}
