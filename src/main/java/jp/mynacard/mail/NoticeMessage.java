package jp.mynacard.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import jp.mynacard.notice.RenderedLetter;

/**
 * The e-mail of one letter: multipart/alternative with the same text as plain text and HTML, UTF-8,
 * {@code Content-Language} naming the letter's language(s), and a Message-ID made from the letter
 * id, so that the mail server's log and the resident's mailbox show which letter it was.
 */
public final class NoticeMessage extends MimeMessage {
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

    MimeBodyPart text = new MimeBodyPart();
    text.setText(letter.text(), StandardCharsets.UTF_8.name(), "plain");
    MimeBodyPart html = new MimeBodyPart();
    html.setText(letter.html(), StandardCharsets.UTF_8.name(), "html");
    MimeMultipart alternative = new MimeMultipart("alternative");
    alternative.addBodyPart(text);
    alternative.addBodyPart(html);
    m.setContent(alternative);
    m.saveChanges();
    return m;
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
