package jp.mynacard.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Session;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, the README's promise that without MYNACARD_SMTP_HOST mail is off and the summary says
 * {@code mail: off}: the sendMail step touches no outbox (there is none here: a look would fail)
 * and the counts every summary prints say so.
 */
class MailOffTest {
  @Test
  void withoutAMailHostNothingIsSentAndTheSummarySaysMailOff() throws Exception {
    MailDispatch dispatch = new MailDispatch();
    dispatch.settings = settings(new Properties());

    MailCounts sent = dispatch.send(41, () -> false);

    assertEquals(MailCounts.OFF, sent);
    assertEquals(MailCounts.OFF, dispatch.counts(41));
    assertTrue(sent.line().startsWith("mail: off"), sent.line());
    assertFalse(sent.hasWarnings(), "mail off is no warning: exit 0");
  }

  @Test
  void aSessionWithAHostIsOn() {
    Properties p = new Properties();
    p.setProperty("mail.smtp.host", "127.0.0.1");

    assertTrue(settings(p).enabled());
    assertFalse(settings(new Properties()).enabled());
    assertTrue(new MailCounts(true, 0, 3, 0, 0).line().startsWith("mail: sent=3"));
  }

  private static MailSettings settings(Properties session) {
    MailSettings s = new MailSettings();
    s.session = Session.getInstance(session);
    return s;
  }
}
