package jp.mynacard.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, the README's promise that a 4xx reply is a temporary failure, retried, while a 5xx one
 * is permanent: the exceptions as the SMTP provider throws them, a refused recipient nested in the
 * SendFailedException that Transport.send raises, the valid-but-unsent address list holding it.
 */
class TemporaryReplyTest {
  private static final InternetAddress TO = address("busy@example.jp");

  @Test
  void aRecipientRefusedWith450MailboxBusyIsTemporary() {
    MessagingException e =
        refused(new SMTPAddressFailedException(TO, "RCPT TO:<busy@example.jp>", 450, "450 busy"));

    assertEquals(MailFailure.TEMPORARY, MailFailure.of(e));
    assertTrue(MailFailure.reason(e).contains("450"), MailFailure.reason(e));
  }

  @Test
  void aServerOutOfStorage452OrInTrouble451IsTemporary() {
    for (int code : new int[] {451, 452}) {
      MessagingException e =
          refused(
              new SMTPSendFailedException(
                  "DATA", code, code + " try later", null, null, null, null));

      assertEquals(MailFailure.TEMPORARY, MailFailure.of(e), Integer.toString(code));
    }
  }

  @Test
  void aServerClosingWith421AsksToSlowDownWherever421Comes() {
    for (String command : new String[] {"MAIL FROM", "RCPT TO", "DATA", "."}) {
      MessagingException e =
          refused(
              new SMTPSendFailedException(
                  command, 421, "421 4.7.0 too many messages, closing", null, null, null, null));

      assertEquals(MailFailure.SLOW_DOWN, MailFailure.of(e, true), command);
    }
  }

  @Test
  void theSameRecipientRefusedWith550IsPermanent() {
    MessagingException e =
        refused(new SMTPAddressFailedException(TO, "RCPT TO:<busy@example.jp>", 550, "550 gone"));

    assertEquals(MailFailure.PERMANENT, MailFailure.of(e));
  }

  /** What Transport.send throws when the server refused: the reply nested as the next exception. */
  private static SendFailedException refused(MessagingException reply) {
    SendFailedException e =
        new SendFailedException(
            "Invalid Addresses", reply, new Address[0], new Address[] {TO}, new Address[0]);
    return e;
  }

  private static InternetAddress address(String a) {
    try {
      return new InternetAddress(a);
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
