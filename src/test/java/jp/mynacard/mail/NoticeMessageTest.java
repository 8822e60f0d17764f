package jp.mynacard.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.BodyPart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import jp.mynacard.config.NoticeSettingsProducer;
import jp.mynacard.notice.LetterFacts;
import jp.mynacard.notice.LetterRenderer;
import jp.mynacard.notice.RenderedLetter;
import org.junit.jupiter.api.Test;

/**
 * The e-mail as a resident's mail program reads it: the text and HTML parts, which the message
 * base64-encodes itself, decode to exactly the letter the renderer wrote (in canonical CRLF form),
 * in every language, with the headers a mail program needs and no line longer than SMTP allows.
 */
class NoticeMessageTest {
  private static final LetterRenderer RENDERER =
      new LetterRenderer(NoticeSettingsProducer.settings(k -> null));
  private static final Session SESSION = session();

  @Test
  void everyLanguagesLetterReadsBackAsWritten() throws Exception {
    for (String lang : List.of("ja", "en", "zh", "ko", "vi", "pt", "ja,en")) {
      RenderedLetter letter =
          RENDERER.render(
              new LetterFacts("L-" + lang, lang, "山田 太郎", LocalDate.of(2026, 6, 30), null, null));
      MimeMessage read =
          roundTrip(NoticeMessage.of(SESSION, "L-" + lang, "a@example.jp", letter, new Date()));

      MimeMultipart parts = (MimeMultipart) read.getContent();
      assertEquals(2, parts.getCount(), lang);
      assertPart(parts.getBodyPart(0), "text/plain", letter.text(), lang);
      assertPart(parts.getBodyPart(1), "text/html", letter.html(), lang);
      assertEquals(letter.subject(), read.getSubject(), lang);
    }
  }

  @Test
  void noLineOfTheRawMessageIsLongerThanSmtpAllows() throws Exception {
    RenderedLetter letter =
        RENDERER.render(
            new LetterFacts("L1", "ja", "山田 太郎", LocalDate.of(2026, 6, 30), null, null));
    String raw = raw(NoticeMessage.of(SESSION, "L1", "a@example.jp", letter, new Date()));

    for (String line : raw.split("\r\n", -1)) {
      assertTrue(line.length() <= 78, "line of " + line.length() + ": " + line);
    }
    assertFalse(raw.replace("\r\n", "").contains("\n"), "a bare LF");
  }

  private static void assertPart(BodyPart part, String type, String written, String lang)
      throws Exception {
    assertTrue(part.getContentType().toLowerCase().startsWith(type), part.getContentType());
    assertTrue(
        part.getContentType().toUpperCase().contains("CHARSET=UTF-8"), part.getContentType());
    assertEquals("base64", part.getHeader("Content-Transfer-Encoding")[0]);
    String canonical = written.replace("\r\n", "\n").replace("\n", "\r\n");
    assertEquals(canonical, part.getContent(), type + " " + lang);
  }

  private static MimeMessage roundTrip(MimeMessage m) throws Exception {
    return new MimeMessage(
        SESSION, new ByteArrayInputStream(raw(m).getBytes(StandardCharsets.US_ASCII)));
  }

  private static String raw(MimeMessage m) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    m.writeTo(out);
    return out.toString(StandardCharsets.US_ASCII);
  }

  private static Session session() {
    Properties p = new Properties();
    p.setProperty("mail.from", "notices@example.jp");
    return Session.getInstance(p);
  }
}
