package jp.mynacard.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import jp.mynacard.config.NoticeSettingsProducer;
import jp.mynacard.mail.ScriptedSmtpServer.Script;
import jp.mynacard.notice.LetterRenderer;
import org.junit.jupiter.api.Test;

/**
 * Never twice, also without a crash (issue 13): what the dispatch does with the outbox when the
 * mail server loses a reply, and when recording a sent message fails. A real outbox (embedded
 * Derby), a real SMTP provider, a mail server that misbehaves on purpose.
 */
class MailDispatchTest {
  private final Outbox.Entry first = OutboxFixture.entry("L1");
  private final Outbox.Entry second = OutboxFixture.entry("L2");

  @Test
  void aMessageWhoseDataGotNoReplyIsFailedInDoubtAndNotRetried() throws Exception {
    DataSource db = OutboxFixture.database();
    OutboxFixture.pending(db, first, second);
    try (ScriptedSmtpServer server = ScriptedSmtpServer.start(Script.CLOSE_AFTER_DATA)) {
      MailCounts counts = dispatch(new Outbox(), db, server).send(1, () -> false);

      assertEquals(2, counts.failed(), counts.toString());
      for (Outbox.Entry e : List.of(first, second)) {
        OutboxFixture.Row row = OutboxFixture.status(db, e);
        assertEquals("FAILED", row.status());
        assertTrue(row.lastError().startsWith(Outbox.IN_DOUBT_REPLY), row.lastError());
      }
      // with retries left (4 tries), each message still reached the server only once
      assertEquals(Set.of(messageId(first), messageId(second)), Set.copyOf(server.dataRead()));
      assertEquals(2, server.dataRead().size());
    }
  }

  @Test
  void aMessageRefusedFor451IsRetriedAndNotInDoubt() throws Exception {
    DataSource db = OutboxFixture.database();
    OutboxFixture.pending(db, first);
    try (ScriptedSmtpServer server = ScriptedSmtpServer.start(Script.REFUSE_451_AFTER_DATA)) {
      MailDispatch dispatch = dispatch(new Outbox(), db, server);
      dispatch.settings.maxAttempts = 2;

      dispatch.send(1, () -> false);

      OutboxFixture.Row row = OutboxFixture.status(db, first);
      assertEquals("FAILED", row.status());
      assertEquals(2, row.attempts());
      assertTrue(row.lastError().startsWith("451"), row.lastError());
      assertEquals(2, server.dataRead().size());
    }
  }

  @Test
  void aSentMessageThatCannotBeRecordedStaysInDoubtAndIsNotSentAgain() throws Exception {
    DataSource db = OutboxFixture.database();
    OutboxFixture.pending(db, first, second);
    Outbox recordingFails =
        new Outbox() {
          @Override
          public boolean sending(Entry sent, Entry next, String claimant, Instant now)
              throws SQLException {
            if (sent != null) {
              throw new IllegalStateException("the database went away");
            }
            return super.sending(sent, next, claimant, now);
          }

          @Override
          public void sent(Entry sent, Instant now) {
            throw new IllegalStateException("the database went away");
          }
        };
    try (ScriptedSmtpServer server = ScriptedSmtpServer.start(Script.ACCEPT)) {
      MailDispatch failing = dispatch(recordingFails, db, server);
      failing.settings.connections = 1; // one sender: the second letter waits behind the first
      assertThrows(IllegalStateException.class, () -> failing.send(1, () -> false));
      assertEquals("SENDING", OutboxFixture.status(db, first).status());
      assertEquals("PENDING", OutboxFixture.status(db, second).status());

      // the step's restart
      MailCounts counts = dispatch(new Outbox(), db, server).send(1, () -> false);

      assertEquals(1, counts.sent(), counts.toString());
      assertEquals(1, counts.failed(), counts.toString());
      assertEquals(Outbox.IN_DOUBT, OutboxFixture.status(db, first).lastError());
      assertEquals(List.of(messageId(first), messageId(second)), server.dataRead());
    }
  }

  static MailDispatch dispatch(Outbox outbox, DataSource db, ScriptedSmtpServer server)
      throws SQLException {
    outbox.dataSource = db;
    MailSettings settings = new MailSettings();
    settings.session = MailInDoubtTest.session(server.port());
    settings.maxAttempts = 4;
    settings.retryDelay = "PT0.05S";
    settings.connections = 4;
    settings.rate = Optional.empty();
    settings.reconnectDelay = "PT0.05S";
    MailDispatch dispatch = new MailDispatch();
    dispatch.executor = EXECUTOR;
    dispatch.outbox = outbox;
    dispatch.settings = settings;
    dispatch.renderer = new LetterRenderer(NoticeSettingsProducer.settings(k -> null));
    return dispatch;
  }

  // what the managed executor is in the server: threads enough for every connection
  private static final ExecutorService EXECUTOR = Executors.newCachedThreadPool();

  static String messageId(Outbox.Entry e) {
    return "<" + e.letterId() + "@mynacard-lifecycle>";
  }
}
