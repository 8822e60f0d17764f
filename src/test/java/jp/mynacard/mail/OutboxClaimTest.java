package jp.mynacard.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.mynacard.notice.LetterFacts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The outbox's claims are compare-and-set (issue 13): a row goes to the mail server only through a
 * page claim that changed it from PENDING and a take that changed it from its own claim to SENDING,
 * so two senders never take the same one, and a row is marked SENT only from SENDING. The
 * application's own migrations on embedded Derby in memory.
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
    assertEquals(List.of("L1", "L2"), ids(outbox.claim(1, "A", Instant.now(), 10)));
    assertEquals(List.of(), ids(outbox.claim(1, "B", Instant.now(), 10)));
    assertEquals("CLAIMED", status(first));
  }

  @Test
  void aClaimedLetterKnowsTheNightItWasWrittenForSoItsEmailTellsWhatHadExpired()
      throws SQLException {
    LetterFacts facts = outbox.claim(1, "A", Instant.now(), 1).get(0).facts();

    assertEquals(LocalDate.of(2026, 4, 1), facts.asOf());
    assertFalse(facts.someExpired(), "the card of 2026-06-30 is still ahead on 2026-04-01");
    assertTrue(facts.expired(LocalDate.of(2026, 3, 31)));
  }

  @Test
  void aPageIsTheFirstDueRowsInLetterOrder() throws SQLException {
    assertEquals(List.of("L1"), ids(outbox.claim(1, "A", Instant.now(), 1)));
    assertEquals(List.of("L2"), ids(outbox.claim(1, "B", Instant.now(), 1)));
  }

  @Test
  void onlyTheClaimantTakesARowToTheMailServer() throws SQLException {
    outbox.claim(1, "A", Instant.now(), 10);

    assertFalse(outbox.sending(null, first, "B", Instant.now()));
    assertTrue(outbox.sending(null, first, "A", Instant.now()));
    assertFalse(outbox.sending(null, first, "A", Instant.now()), "taken once");
    assertEquals("SENDING", status(first));
  }

  @Test
  void sendingTheNextRecordsTheOneBeforeAsSent() throws SQLException {
    outbox.claim(1, "A", Instant.now(), 10);
    outbox.sending(null, first, "A", Instant.now());

    assertTrue(outbox.sending(first, second, "A", Instant.now()));

    assertEquals("SENT", status(first));
    assertEquals(1, OutboxFixture.status(outbox.dataSource, first).attempts());
    assertEquals("SENDING", status(second));
  }

  @Test
  void aRowThatWasNotSendingCannotBeMarkedSent() throws SQLException {
    assertThrows(IllegalStateException.class, () -> outbox.sent(first, Instant.now()));
    outbox.claim(1, "A", Instant.now(), 10);
    assertThrows(IllegalStateException.class, () -> outbox.sent(first, Instant.now()));
    assertEquals("CLAIMED", status(first));
  }

  @Test
  void recoveryFailsWhatWasSendingAndReturnsWhatWasOnlyClaimed() throws SQLException {
    outbox.claim(1, "A", Instant.now(), 10);
    outbox.sending(null, first, "A", Instant.now());

    Outbox.Recovered recovered = outbox.recover(1);

    assertEquals(new Outbox.Recovered(1, 1), recovered);
    assertEquals("FAILED", status(first));
    assertEquals(Outbox.IN_DOUBT, OutboxFixture.status(outbox.dataSource, first).lastError());
    assertEquals("PENDING", status(second));
    assertFalse(outbox.sending(null, second, "A", Instant.now()), "A's claim is gone");
  }

  @Test
  void aSenderReleasesOnlyItsOwnClaims() throws SQLException {
    outbox.claim(1, "A", Instant.now(), 1);
    outbox.claim(1, "B", Instant.now(), 1);

    assertEquals(1, outbox.release(1, "A"));

    assertEquals("PENDING", status(first));
    assertEquals("CLAIMED", status(second));
  }

  @Test
  void aRowPutBackAfter421IsDueAgainWithoutUsingATry() throws SQLException {
    outbox.claim(1, "A", Instant.now(), 10);
    outbox.sending(null, first, "A", Instant.now());

    outbox.putBack(first, "421 closing");

    OutboxFixture.Row row = OutboxFixture.status(outbox.dataSource, first);
    assertEquals(new OutboxFixture.Row("PENDING", 0, "421 closing"), row);
    assertEquals(List.of("L1"), ids(outbox.claim(1, "B", Instant.now(), 1)));
  }

  @Test
  void aFinishedRowIsNotReopenedByALateFailure() throws SQLException {
    outbox.claim(1, "A", Instant.now(), 10);
    outbox.sending(null, first, "A", Instant.now());
    outbox.sent(first, Instant.now());

    outbox.retryLater(first, "late", Instant.now());
    outbox.giveUp(first, "FAILED", "late");
    outbox.putBack(first, "late");

    assertEquals("SENT", status(first));
  }

  @Test
  void aReasonLongerThanTheColumnIsCutNotRefused() throws SQLException {
    outbox.claim(1, "A", Instant.now(), 10);

    outbox.giveUp(first, "FAILED", Outbox.IN_DOUBT_REPLY + "x".repeat(400));

    String stored = OutboxFixture.status(outbox.dataSource, first).lastError();
    assertEquals(400, stored.length());
    assertTrue(stored.startsWith(Outbox.IN_DOUBT_REPLY), stored);
  }

  private static List<String> ids(List<Outbox.Entry> entries) {
    return entries.stream().map(Outbox.Entry::letterId).toList();
  }

  private String status(Outbox.Entry e) throws SQLException {
    return OutboxFixture.status(outbox.dataSource, e).status();
  }

  private static Outbox.Entry entry(String letterId) {
    return OutboxFixture.entry(letterId);
  }
}
