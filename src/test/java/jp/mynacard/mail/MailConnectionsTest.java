package jp.mynacard.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import jp.mynacard.mail.ScriptedSmtpServer.Script;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * E-mail at renewal-wave speed, never twice (issue 13): several SMTP connections kept open across
 * messages share a run's outbox through page claims, a server that says 421 is waited for instead
 * of failing messages, and two executions of one run started together never send a letter twice. A
 * real outbox (embedded Derby), the real SMTP provider, a local server that counts what it read.
 */
@Timeout(120)
class MailConnectionsTest {
  @Test
  void fourConnectionsKeptOpenSendEveryLetterOnce() throws Exception {
    DataSource db = OutboxFixture.database();
    List<Outbox.Entry> letters = letters(400);
    OutboxFixture.pending(db, letters.toArray(Outbox.Entry[]::new));
    try (ScriptedSmtpServer server = ScriptedSmtpServer.start(Script.ACCEPT)) {
      MailCounts counts = MailDispatchTest.dispatch(new Outbox(), db, server).send(1, () -> false);

      assertEquals(new MailCounts(true, 0, 400, 0, 0), counts);
      assertEquals(ids(letters), new TreeSet<>(server.dataRead()));
      assertEquals(400, server.dataRead().size(), "none twice");
      // one session per connection, not one per message, and several at once
      assertTrue(server.sessions() <= 4, "sessions: " + server.sessions());
      assertTrue(server.mostOpen() >= 2, "at once: " + server.mostOpen());
    }
  }

  @Test
  void oneConnectionWhenSetSo() throws Exception {
    DataSource db = OutboxFixture.database();
    OutboxFixture.pending(db, letters(30).toArray(Outbox.Entry[]::new));
    try (ScriptedSmtpServer server = ScriptedSmtpServer.start(Script.ACCEPT)) {
      MailDispatch dispatch = MailDispatchTest.dispatch(new Outbox(), db, server);
      dispatch.settings.connections = 1;

      assertEquals(30, dispatch.send(1, () -> false).sent());
      assertEquals(1, server.sessions());
    }
  }

  @Test
  void aServerSaying421IsWaitedForAndNoMessageUsesATry() throws Exception {
    DataSource db = OutboxFixture.database();
    List<Outbox.Entry> letters = letters(20);
    OutboxFixture.pending(db, letters.toArray(Outbox.Entry[]::new));
    // one connection greeted with 421, then two messages refused with 421 at MAIL FROM
    try (ScriptedSmtpServer server = ScriptedSmtpServer.busy(Script.ACCEPT, 1, 2)) {
      MailDispatch dispatch = MailDispatchTest.dispatch(new Outbox(), db, server);
      dispatch.settings.maxAttempts = 4;
      dispatch.settings.retryDelay = "PT1H"; // a message that used a try would not be sent here

      long deadline = System.nanoTime() + 20_000_000_000L;
      MailCounts counts = dispatch.send(1, () -> System.nanoTime() > deadline);

      assertEquals(new MailCounts(true, 0, 20, 0, 0), counts);
      assertEquals(ids(letters), new TreeSet<>(server.dataRead()));
      assertEquals(20, server.dataRead().size(), "none twice");
      for (Outbox.Entry e : letters) {
        assertEquals(1, OutboxFixture.status(db, e).attempts(), e.letterId());
      }
      assertTrue(server.sessions() >= 4 + 3, "reconnected after each 421: " + server.sessions());
    }
  }

  @Test
  void aServerThatAlways421sEndsTheStepWithFailedMessagesNotALoop() throws Exception {
    DataSource db = OutboxFixture.database();
    List<Outbox.Entry> letters = letters(3);
    OutboxFixture.pending(db, letters.toArray(Outbox.Entry[]::new));
    try (ScriptedSmtpServer server = ScriptedSmtpServer.busy(Script.ACCEPT, 1_000_000, 0)) {
      MailDispatch dispatch = MailDispatchTest.dispatch(new Outbox(), db, server);
      dispatch.settings.maxAttempts = 2;

      MailCounts counts = dispatch.send(1, () -> false);

      assertEquals(new MailCounts(true, 0, 0, 3, 0), counts);
      for (Outbox.Entry e : letters) {
        assertTrue(
            OutboxFixture.status(db, e).lastError().startsWith("Got bad greeting")
                || OutboxFixture.status(db, e).lastError().contains("421"),
            OutboxFixture.status(db, e).lastError());
      }
      assertEquals(List.of(), server.dataRead());
    }
  }

  @Test
  void aServerThatTakesTheDataAndNeverRepliesLeavesEachMessageInDoubtNotResent() throws Exception {
    DataSource db = OutboxFixture.database();
    List<Outbox.Entry> letters = letters(8);
    OutboxFixture.pending(db, letters.toArray(Outbox.Entry[]::new));
    try (ScriptedSmtpServer server = ScriptedSmtpServer.start(Script.SILENT_AFTER_DATA)) {
      MailCounts counts = MailDispatchTest.dispatch(new Outbox(), db, server).send(1, () -> false);

      assertEquals(new MailCounts(true, 0, 0, 8, 0), counts);
      for (Outbox.Entry e : letters) {
        assertTrue(
            OutboxFixture.status(db, e).lastError().startsWith(Outbox.IN_DOUBT_REPLY),
            OutboxFixture.status(db, e).lastError());
      }
      assertEquals(ids(letters), new TreeSet<>(server.dataRead()));
      assertEquals(8, server.dataRead().size(), "each once, never resent");
    }
  }

  @Test
  void twoExecutionsOfOneRunStartedTogetherNeverSendALetterTwice() throws Exception {
    DataSource db = OutboxFixture.database();
    List<Outbox.Entry> letters = letters(600);
    OutboxFixture.pending(db, letters.toArray(Outbox.Entry[]::new));
    ExecutorService twice = Executors.newFixedThreadPool(2);
    try (ScriptedSmtpServer server = ScriptedSmtpServer.start(Script.ACCEPT)) {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<MailCounts>> executions = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        MailDispatch dispatch = MailDispatchTest.dispatch(new Outbox(), db, server);
        executions.add(
            twice.submit(
                () -> {
                  go.await();
                  return dispatch.send(1, () -> false);
                }));
      }
      go.countDown();
      for (Future<MailCounts> f : executions) {
        try {
          f.get();
        } catch (java.util.concurrent.ExecutionException e) {
          // the later one's recovery may take a row from the earlier one's hands: then the earlier
          // one fails rather than record what it no longer owns; the restart below ends the run
        }
      }
      // the run's restart sends whatever is left
      MailCounts end = MailDispatchTest.dispatch(new Outbox(), db, server).send(1, () -> false);

      List<String> read = server.dataRead();
      assertEquals(read.size(), new HashSet<>(read).size(), "no letter twice");
      Set<String> sent = new TreeSet<>();
      Set<String> inDoubt = new TreeSet<>();
      for (Outbox.Entry e : letters) {
        OutboxFixture.Row row = OutboxFixture.status(db, e);
        if (row.status().equals("SENT")) {
          sent.add(MailDispatchTest.messageId(e));
        } else {
          assertEquals("FAILED", row.status(), e.letterId());
          assertTrue(row.lastError().equals(Outbox.IN_DOUBT), row.lastError());
          inDoubt.add(MailDispatchTest.messageId(e));
        }
      }
      assertTrue(inDoubt.size() <= 4, "at most one per connection of the earlier one: " + inDoubt);
      assertTrue(new HashSet<>(read).containsAll(sent), "every SENT letter reached the server");
      assertEquals(600, sent.size() + inDoubt.size(), end.toString());
      assertEquals(0, end.pending(), end.toString());
    } finally {
      twice.shutdownNow();
    }
  }

  private static List<Outbox.Entry> letters(int n) {
    List<Outbox.Entry> letters = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      letters.add(OutboxFixture.entry(String.format("L%04d", i)));
    }
    return letters;
  }

  private static Set<String> ids(List<Outbox.Entry> letters) {
    Set<String> ids = new TreeSet<>();
    letters.forEach(e -> ids.add(MailDispatchTest.messageId(e)));
    return ids;
  }
}
