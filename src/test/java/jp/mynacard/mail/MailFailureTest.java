package jp.mynacard.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.Properties;
import jp.mynacard.config.NoticeSettingsProducer;
import jp.mynacard.notice.LetterFacts;
import jp.mynacard.notice.LetterRenderer;
import org.junit.jupiter.api.Test;

/** Which failures are retried: SMTP's own reply classes, against a real SMTP server. */
class MailFailureTest {
  private static final LetterRenderer RENDERER =
      new LetterRenderer(NoticeSettingsProducer.settings(k -> null));

  @Test
  void aMailboxTheServerRefusesWith550IsPermanent() throws Exception {
    try (SmtpSink sink = SmtpSink.startOnFreePort("gone@example.jp")) {
      MessagingException e =
          assertThrows(MessagingException.class, () -> send("gone@example.jp", sink.boundPort()));

      assertEquals(MailFailure.PERMANENT, MailFailure.of(e));
      assertTrue(MailFailure.reason(e).contains("550"), MailFailure.reason(e));
    }
  }

  @Test
  void aServerThatIsDownIsTemporary() throws Exception {
    int nobodyListens;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      nobodyListens = s.getLocalPort();
    }
    MessagingException e =
        assertThrows(MessagingException.class, () -> send("a@example.jp", nobodyListens));

    assertEquals(MailFailure.TEMPORARY, MailFailure.of(e));
  }

  @Test
  void anAddressThatDoesNotParseIsPermanent() {
    assertEquals(MailFailure.PERMANENT, MailFailure.of(new AddressException("bad", "a@@b")));
  }

  @Test
  void aConnectionLostWithoutReplyIsTemporary() {
    assertEquals(
        MailFailure.TEMPORARY,
        MailFailure.of(new MessagingException("lost", new ConnectException("refused"))));
  }

  @Test
  void retriesWaitLongerEachTimeUntilTheAttemptsRunOut() {
    RetryDelay d = new RetryDelay(Duration.ofSeconds(30), 4);

    assertEquals(Duration.ofSeconds(30), d.after(1));
    assertEquals(Duration.ofSeconds(60), d.after(2));
    assertEquals(Duration.ofSeconds(120), d.after(3));
    assertTrue(d.retries(3));
    assertFalse(d.retries(4));
  }

  @Test
  void theMessageIsMultipartUtf8WithItsLanguageAndLetterId() throws Exception {
    try (SmtpSink sink = SmtpSink.startOnFreePort()) {
      send("ok@example.jp", sink.boundPort());

      MimeMessage m = sink.received()[0];
      assertEquals("<L1@mynacard-lifecycle>", m.getMessageID());
      assertEquals("ko", m.getHeader("Content-Language")[0]);
      assertTrue(m.getContentType().startsWith("multipart/alternative"), m.getContentType());
      String raw = new String(m.getRawInputStream().readAllBytes(), "US-ASCII");
      assertTrue(m.getSubject().contains("마이넘버"), m.getSubject());
      assertFalse(raw.contains("123456789018"));
    }
  }

  private static void send(String to, int port) throws MessagingException {
    Properties p = new Properties();
    p.setProperty("mail.smtp.host", "127.0.0.1");
    p.setProperty("mail.smtp.port", Integer.toString(port));
    p.setProperty("mail.from", "notices@example.jp");
    p.setProperty("mail.smtp.connectiontimeout", "2000");
    Session session = Session.getInstance(p);
    MimeMessage m =
        NoticeMessage.of(
            session,
            "L1",
            to,
            RENDERER.render(
                new LetterFacts("L1", "ko", "김 민준", LocalDate.of(2026, 6, 30), null, null)),
            new Date());
    Transport.send(m);
  }
}
