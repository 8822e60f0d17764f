package jp.mynacard.mail;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.smtp.SmtpManager;
import com.icegreen.greenmail.smtp.SmtpState;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.Set;

/**
 * GreenMail, a real SMTP server in the test JVM, on the port the test server mails to; addresses in
 * {@code refused} are answered {@code 550} at RCPT TO, as a mail server does for a mailbox that
 * does not exist.
 */
public final class SmtpSink implements AutoCloseable {
  private final GreenMail greenMail;

  private SmtpSink(ServerSetup setup, Set<String> refused) {
    this.greenMail = new RefusingGreenMail(setup, refused);
    greenMail.start();
  }

  public static SmtpSink start(String... refused) {
    return new SmtpSink(
        new ServerSetup(port(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP), Set.of(refused));
  }

  /**
   * On a port the system picks: for a test that talks to the sink itself, so that it neither
   * depends on nor disturbs whatever else listens on the test server's mail port.
   */
  public static SmtpSink startOnFreePort(String... refused) {
    return new SmtpSink(
        new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort(), Set.of(refused));
  }

  /** The port this sink listens on. */
  public int boundPort() {
    return greenMail.getSmtp().getPort();
  }

  public static int port() {
    return Integer.parseInt(System.getProperty("mynacard.it.smtp.port", "13025"));
  }

  public MimeMessage[] received() {
    return greenMail.getReceivedMessages();
  }

  @Override
  public void close() {
    greenMail.stop();
  }

  private static final class RefusingGreenMail extends GreenMail {
    private final Set<String> refused;

    RefusingGreenMail(ServerSetup setup, Set<String> refused) {
      super(setup);
      this.refused = refused;
    }

    @Override
    public synchronized void start() {
      managers = new RefusingManagers(refused); // GreenMail.stop() puts plain ones back
      super.start();
    }
  }

  private static final class RefusingManagers extends Managers {
    private final SmtpManager smtp;

    RefusingManagers(Set<String> refused) {
      smtp =
          new SmtpManager(getImapHostManager(), getUserManager()) {
            @Override
            public String checkRecipient(SmtpState state, MailAddress address) {
              return refused.contains(address.getEmail())
                  ? "550 5.1.1 <" + address.getEmail() + ">: mailbox unavailable"
                  : super.checkRecipient(state, address);
            }
          };
    }

    @Override
    public SmtpManager getSmtpManager() {
      return smtp;
    }
  }
}
