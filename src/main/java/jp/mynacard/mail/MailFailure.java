package jp.mynacard.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import java.lang.reflect.Method;

/**
 * Whether a failed send is worth trying again. SMTP says so itself: a 5xx reply (550 mailbox
 * unavailable, 553 name not allowed) is permanent, a 4xx reply (450 mailbox busy, 421 closing) or
 * no reply at all (refused connection, timeout) is temporary. An address that does not parse is
 * permanent too.
 *
 * <p>One case is neither: no reply after the server had said 354 (go ahead with the data). The
 * message may be complete on the server's side, which then delivers it, although the reply was lost
 * (a read timeout, a reset connection). Sending it again could deliver it twice, so it is in doubt:
 * never retried by itself, reported for someone to check the mail server's log.
 *
 * <p>And 421 (service not available, closing the channel) is the server asking us to come back
 * later, not a verdict on the message: it goes back to the queue without using a try, and the
 * connection waits before it connects again ({@link #SLOW_DOWN}).
 */
public enum MailFailure {
  TEMPORARY,
  PERMANENT,
  IN_DOUBT,
  SLOW_DOWN;

  /** The reply by which a server closes the channel for now (RFC 5321, 4.2.3). */
  static final int CLOSING = 421;

  /** As {@link #of(Exception, boolean)} for a failure before the message's data was written. */
  public static MailFailure of(Exception e) {
    return of(e, false);
  }

  /**
   * @param dataWritten whether the message had been written whole to the server (after its 354)
   *     when the send failed: see {@link NoticeMessage#dataWritten()}
   */
  public static MailFailure of(Exception e, boolean dataWritten) {
    for (Throwable t = e; t != null; t = next(t)) {
      if (t instanceof AddressException) {
        return PERMANENT;
      }
      int code = replyCode(t);
      if (code == CLOSING) {
        return SLOW_DOWN;
      }
      if (code >= 500 && code < 600) {
        return PERMANENT;
      }
      if (code >= 400 && code < 500) {
        return TEMPORARY;
      }
    }
    if (e instanceof SendFailedException s
        && s.getInvalidAddresses() != null
        && s.getInvalidAddresses().length > 0) {
      return PERMANENT;
    }
    return dataWritten ? IN_DOUBT : TEMPORARY;
  }

  /** A short reason for the outbox and the job log: the SMTP reply or the exception's message. */
  public static String reason(Exception e) {
    for (Throwable t = e; t != null; t = next(t)) {
      if (replyCode(t) > 0 && t.getMessage() != null) {
        return clip(t.getMessage().strip());
      }
    }
    Throwable root = e;
    while (next(root) != null) {
      root = next(root);
    }
    String m = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return clip(m.strip());
  }

  private static Throwable next(Throwable t) {
    if (t instanceof MessagingException m && m.getNextException() != null) {
      return m.getNextException();
    }
    return t.getCause() == t ? null : t.getCause();
  }

  /**
   * The last reply code of an SMTP transport (the greeting, when connecting failed), or -1: the
   * provider's connect failure does not carry it.
   */
  static int lastReplyCode(Object transport) {
    try {
      Method m = transport.getClass().getMethod("getLastReturnCode");
      return m.getReturnType() == int.class ? (int) m.invoke(transport) : -1;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return -1;
    }
  }

  // The SMTP provider's exceptions (SMTPAddressFailedException, SMTPSendFailedException) carry the
  // reply code, but they are implementation classes the server does not show applications.
  private static int replyCode(Throwable t) {
    try {
      Method m = t.getClass().getMethod("getReturnCode");
      return m.getReturnType() == int.class ? (int) m.invoke(t) : -1;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return -1;
    }
  }

  private static String clip(String s) {
    return s.length() <= 400 ? s : s.substring(0, 400);
  }
}
