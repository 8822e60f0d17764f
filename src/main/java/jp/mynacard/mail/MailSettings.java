package jp.mynacard.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Session;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The mail server is the Liberty mail session {@code mail/mynacard} (server.xml: host, port, TLS,
 * credentials from {@code MYNACARD_SMTP_*}); without a host, mail is off and the step says so. With
 * credentials, STARTTLS and the server's identity are required ({@link SmtpCredentialsRule}).
 * Retries: {@code mynacard.mail.max-attempts} (4) tries in all, the first wait {@code
 * mynacard.mail.retry-delay} (PT30S), doubled after each further failure.
 */
@ApplicationScoped
public class MailSettings {
  @Resource(lookup = "mail/mynacard")
  Session session;

  @Inject
  @ConfigProperty(name = "mynacard.mail.max-attempts", defaultValue = "4")
  int maxAttempts;

  @Inject
  @ConfigProperty(name = "mynacard.mail.retry-delay", defaultValue = "PT30S")
  String retryDelay;

  public Session session() {
    return session;
  }

  /** Whether a mail server is configured: the session has a host. */
  public boolean enabled() {
    String protocol = session.getProperty("mail.transport.protocol");
    String host = session.getProperty("mail." + (protocol == null ? "smtp" : protocol) + ".host");
    if (host == null) {
      host = session.getProperty("mail.host");
    }
    return host != null && !host.isBlank();
  }

  /**
   * Why mail must not be sent with this session (credentials without TLS, see {@link
   * SmtpCredentialsRule}), or empty.
   */
  public Optional<String> refusal() {
    return SmtpCredentialsRule.refusal(session.getProperties());
  }

  public RetryDelay retry() {
    return new RetryDelay(Duration.parse(retryDelay), maxAttempts);
  }
}
