package jp.mynacard.mail;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import javax.sql.DataSource;
import jp.mynacard.notice.LetterFacts;
import jp.mynacard.testing.MigratedDatabase;

/** An outbox on embedded Derby in memory, with the application's own migrations, for unit tests. */
final class OutboxFixture {
  /** A row as the outbox holds it. */
  record Row(String status, int attempts, String lastError) {}

  private OutboxFixture() {}

  static DataSource database() {
    return MigratedDatabase.derby("outbox");
  }

  /** A letter of run 1 and its PENDING outbox row, due now, for each entry. */
  static void pending(DataSource ds, Outbox.Entry... entries) throws SQLException {
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false); // one commit: a test's hundreds of letters in a moment
      for (Outbox.Entry e : entries) {
        execute(
            c,
            "INSERT INTO letter (letter_id, run_id, as_of, resident_id, lang, address, addressee,"
                + " card_expires_on, earliest_expires_on, renewal_opens_on, created_at)"
                + " VALUES (?, 1, DATE('2026-04-01'), ?, 'ja', '-', '山田 太郎',"
                + " DATE('2026-06-30'), DATE('2026-06-30'), DATE('2026-03-30'), CURRENT_TIMESTAMP)",
            e.letterId(),
            "R" + e.letterId());
        execute(
            c,
            "INSERT INTO mail_outbox (letter_id, address, run_id, status, attempts,"
                + " next_attempt_at) VALUES (?, ?, 1, 'PENDING', 0, CURRENT_TIMESTAMP)",
            e.letterId(),
            e.address());
      }
      c.commit();
    }
  }

  static Row status(DataSource ds, Outbox.Entry e) throws SQLException {
    try (Connection c = ds.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT status, attempts, last_error FROM mail_outbox WHERE letter_id = ?")) {
      s.setString(1, e.letterId());
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          throw new AssertionError("no outbox row for " + e.letterId());
        }
        return new Row(r.getString(1), r.getInt(2), r.getString(3));
      }
    }
  }

  /** An entry for a Japanese letter of card expiry to {@code <letter id>@example.jp}. */
  static Outbox.Entry entry(String letterId) {
    return new Outbox.Entry(
        letterId,
        letterId.toLowerCase() + "@example.jp",
        0,
        new LetterFacts(letterId, "ja", "山田 太郎", LocalDate.of(2026, 6, 30), null, null));
  }

  private static void execute(Connection c, String sql, String... values) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        s.setString(i + 1, values[i]);
      }
      s.executeUpdate();
    }
  }
}
