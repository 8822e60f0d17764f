package jp.mynacard.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.crypto.spec.SecretKeySpec;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Migration V8 on a database that already holds audit lines (an upgrade, not CI's fresh database):
 * the old lines are chained once, in the order they were written, and the chain verifies. Embedded
 * Derby in memory, the application's own migrations.
 */
class AuditChainMigrationTest {
  private static final String URL = "jdbc:derby:memory:audit-chain-migration;create=true";

  @Test
  void linesWrittenBeforeTheChainAreChainedInTheOrderTheyWereWritten() throws SQLException {
    byte[] key = new byte[32];
    Arrays.fill(key, (byte) 7);
    AuditChain chain = new AuditChain(new SecretKeySpec(key, "HmacSHA256"));
    Flyway.configure()
        .dataSource(URL, "", "")
        .locations("classpath:db/migration")
        .target("6")
        .load()
        .migrate();
    LocalDateTime t = LocalDateTime.of(2026, 11, 1, 9, 0, 0, 123_456_789);
    try (Connection c = DriverManager.getConnection(URL)) {
      // written out of order, one of them at the same time as another
      insert(c, "b", t.plusMinutes(1));
      insert(c, "c", t.plusMinutes(2));
      insert(c, "a", t);
      insert(c, "a2", t);
    }

    Flyway.configure()
        .dataSource(URL, "", "")
        .locations("classpath:db/migration")
        .javaMigrations(new AuditChainMigration(chain))
        .load()
        .migrate();

    AuditChainCheck check = new AuditChainCheck(chain);
    List<String> order = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(URL);
        PreparedStatement s =
            c.prepareStatement(
                "SELECT "
                    + AuditLog.LINE_COLUMNS
                    + ", chain_seq, chain_hash FROM audit_event ORDER BY chain_seq");
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        order.add(r.getString(1));
        check.next(
            r.getLong(12),
            r.getString(1),
            AuditLog.occurredAt(r),
            AuditLog.entry(r),
            r.getString(13));
      }
      AuditChainCheck.Result result = check.finish(AuditLog.AuditChainHead.read(c).lastSeq());
      assertTrue(result.valid(), result.toString());
      assertEquals(4, result.events());
      assertNull(result.firstInvalidId());
    }
    assertEquals(List.of("a", "a2", "b", "c"), order);
  }

  private static void insert(Connection c, String id, LocalDateTime at) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO audit_event (event_id, occurred_at, principal, role_name, action,"
                + " target_type, target_id, resident_id, reason, channel, detail)"
                + " VALUES (?, ?, 'clerk', 'clerk', 'CARD_SUSPENDED', 'CARD', 'C1', 'R1', 'loss',"
                + " 'PHONE', NULL)")) {
      s.setString(1, id);
      s.setTimestamp(2, Timestamp.valueOf(at));
      s.executeUpdate();
    }
  }
}
