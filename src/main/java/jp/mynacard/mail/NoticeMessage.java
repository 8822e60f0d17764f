package jp.mynacard.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Date;
import jp.mynacard.notice.RenderedLetter;

/**
 * The e-mail of one letter: multipart/alternative with the same text as plain text and HTML, UTF-8,
 * {@code Content-Language} naming the letter's language(s), and a Message-ID made from the letter
 * id, so that the mail server's log and the resident's mailbox show which letter it was.
 */
public final class NoticeMessage extends MimeMessage {
  private static final Base64.Encoder BASE64 = Base64.getMimeEncoder(76, new byte[] {'\r', '\n'});

  private final String messageId;
  private volatile boolean dataWritten;

  private NoticeMessage(Session session, String messageId) {
    super(session);
    this.messageId = messageId;
  }

  public static NoticeMessage of(
      Session session, String letterId, String address, RenderedLetter letter, Date sentAt)
      throws MessagingException {
    NoticeMessage m = new NoticeMessage(session, "<" + letterId + "@mynacard-lifecycle>");
    m.setFrom(); // the mail session's from address
    m.setRecipient(Message.RecipientType.TO, new InternetAddress(address, true));
    m.setSubject(letter.subject(), StandardCharsets.UTF_8.name());
    m.setSentDate(sentAt);
    m.setHeader("Content-Language", letter.contentLanguage().replace(",", ", "));
    m.setHeader("X-Mynacard-Letter", letterId);

    MimeMultipart alternative = new MimeMultipart("alternative");
    alternative.addBodyPart(encoded(letter.text(), "plain"));
    alternative.addBodyPart(encoded(letter.html(), "html"));
    m.setContent(alternative);
    m.saveChanges();
    return m;
  }

  /**
   * A UTF-8 text part, base64-encoded here rather than by the mail provider: its encoder writes a
   * byte at a time through a chain of filter streams, which was about a quarter of the sendMail
   * step's processor time (issue 13, measured with Flight Recorder); the JDK's encoder does the
   * same in one pass. The provider copies an encoded part as it is. Line breaks are made CRLF
   * first, the canonical form RFC 2045 requires of text before base64.
   */
  private static MimeBodyPart encoded(String text, String subtype) throws MessagingException {
    InternetHeaders headers = new InternetHeaders();
    headers.setHeader("Content-Type", "text/" + subtype + "; charset=UTF-8");
    headers.setHeader("Content-Transfer-Encoding", "base64");
    String canonical = text.replace("\r\n", "\n").replace("\n", "\r\n");
    return new MimeBodyPart(headers, BASE64.encode(canonical.getBytes(StandardCharsets.UTF_8)));
  }

  @Override
  protected void updateMessageID() throws MessagingException {
    setHeader("Message-ID", messageId);
  }

  /**
   * The SMTP transport writes the message here after the server's 354 (go ahead); once it has been
   * written whole, only the final dot and the server's reply are left, so a failure without a reply
   * leaves the message in doubt ({@link MailFailure}).
   */
  @Override
  public void writeTo(OutputStream os, String[] ignoreList) throws IOException, MessagingException {
    super.writeTo(os, ignoreList);
    dataWritten = true;
  }

  /** Whether the message has been written whole to a transport (see {@link #writeTo}). */
  public boolean dataWritten() {
    return dataWritten;
  }
}
