package jp.mynacard.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import jp.mynacard.config.NoticeSettingsProducer;
import jp.mynacard.mail.ScriptedSmtpServer.Script;
import jp.mynacard.notice.LetterFacts;
import jp.mynacard.notice.LetterRenderer;
import org.junit.jupiter.api.Test;

/**
 * A send that got no reply after its data is in doubt, never temporary (issue 13): the server may
 * deliver a message whose reply was lost. Against a server that loses replies on purpose, through
 * the real SMTP provider.
 */
class MailInDoubtTest {
  private static final LetterRenderer RENDERER =
      new LetterRenderer(NoticeSettingsProducer.settings(k -> null));

  @Test
  void aConnectionClosedAfterTheDataIsInDoubt() throws Exception {
    assertClassified(Script.CLOSE_AFTER_DATA, MailFailure.IN_DOUBT, 1);
  }

  @Test
  void noReplyAfterTheDataUntilTheTimeoutIsInDoubt() throws Exception {
    assertClassified(Script.SILENT_AFTER_DATA, MailFailure.IN_DOUBT, 1);
  }

  @Test
  void aConnectionClosedBeforeTheDataIsTemporary() throws Exception {
    assertClassified(Script.CLOSE_AT_DATA, MailFailure.TEMPORARY, 0);
  }

  @Test
  void aReplyAfterTheDataClassifiesAsTheReplySays() throws Exception {
    assertClassified(Script.REFUSE_451_AFTER_DATA, MailFailure.TEMPORARY, 1);
    assertClassified(Script.REFUSE_554_AFTER_DATA, MailFailure.PERMANENT, 1);
  }

  private static void assertClassified(Script script, MailFailure expected, int dataRead)
      throws Exception {
    try (ScriptedSmtpServer server = ScriptedSmtpServer.start(script)) {
      Session session = session(server.port());
      NoticeMessage m = message(session);
      Transport transport = session.getTransport();
      transport.connect();
      MessagingException e =
          assertThrows(
              MessagingException.class, () -> transport.sendMessage(m, m.getAllRecipients()));
      try {
        transport.close();
      } catch (MessagingException alreadyClosed) {
        // the provider may have closed it itself
      }

      assertEquals(expected, MailFailure.of(e, m.dataWritten()), script.name());
      assertEquals(dataRead, server.dataRead().size(), script.name());
    }
  }

  static Session session(int port) {
    Properties p = new Properties();
    p.setProperty("mail.smtp.host", "127.0.0.1");
    p.setProperty("mail.smtp.port", Integer.toString(port));
    p.setProperty("mail.from", "notices@example.jp");
    p.setProperty("mail.smtp.connectiontimeout", "2000");
    p.setProperty("mail.smtp.timeout", "1000");
    return Session.getInstance(p);
  }

  private static NoticeMessage message(Session session) throws MessagingException {
    return NoticeMessage.of(
        session,
        "L1",
        "a@example.jp",
        RENDERER.render(
            new LetterFacts("L1", "ja", "山田 太郎", LocalDate.of(2026, 6, 30), null, null)),
        new Date());
  }

  static List<String> ids(ScriptedSmtpServer server) {
    return server.dataRead();
  }
}
