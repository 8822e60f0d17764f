package jp.mynacard.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The outbox's claims are compare-and-set (issue 13): a row goes to the mail server only through a
 * claim that changed it from PENDING, so two senders never take the same one, and a row is marked
 * SENT only from SENDING. The application's own migrations on embedded Derby in memory.
 */
class OutboxClaimTest {
  private final Outbox outbox = new Outbox();
  private final Outbox.Entry first = entry("L1");
  private final Outbox.Entry second = entry("L2");

  @BeforeEach
  void freshOutbox() throws SQLException {
    outbox.dataSource = OutboxFixture.database();
    OutboxFixture.pending(outbox.dataSource, first, second);
  }

  @Test
  void aRowIsClaimedOnceAndASecondSenderGetsNothing() throws SQLException {
    assertTrue(outbox.claim(first));
    assertFalse(outbox.claim(first));
    assertEquals("SENDING", status(first));
  }

  @Test
  void sentClaimsTheNextRowOnlyWhenNoOtherSenderHasIt() throws SQLException {
    outbox.claim(first);
    outbox.claim(second); // another sender

    assertFalse(outbox.sent(first, second, Instant.now()));
    assertEquals("SENT", status(first));
    assertEquals("SENDING", status(second));
  }

  @Test
  void aRowThatWasNotClaimedCannotBeMarkedSent() throws SQLException {
    assertThrows(IllegalStateException.class, () -> outbox.sent(first, null, Instant.now()));
    assertEquals("PENDING", status(first));
  }

  @Test
  void aFinishedRowIsNotReopenedByALateFailure() throws SQLException {
    outbox.claim(first);
    outbox.sent(first, null, Instant.now());

    outbox.retryLater(first, "late", Instant.now());
    outbox.giveUp(first, "FAILED", "late");

    assertEquals("SENT", status(first));
  }

  @Test
  void aReasonLongerThanTheColumnIsCutNotRefused() throws SQLException {
    outbox.claim(first);

    outbox.giveUp(first, "FAILED", Outbox.IN_DOUBT_REPLY + "x".repeat(400));

    String stored = OutboxFixture.status(outbox.dataSource, first).lastError();
    assertEquals(400, stored.length());
    assertTrue(stored.startsWith(Outbox.IN_DOUBT_REPLY), stored);
  }

  private String status(Outbox.Entry e) throws SQLException {
    return OutboxFixture.status(outbox.dataSource, e).status();
  }

  private static Outbox.Entry entry(String letterId) {
    return OutboxFixture.entry(letterId);
  }
}
