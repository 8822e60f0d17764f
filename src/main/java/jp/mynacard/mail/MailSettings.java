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
 *
 * <p>Throughput: {@code mynacard.mail.connections} (4) SMTP connections in parallel, each kept open
 * across messages; {@code mynacard.mail.rate} (unset: no cap) messages per second over all of them;
 * {@code mynacard.mail.reconnect-delay} (PT1S) the first wait before a connection connects again
 * after consecutive failures or a 421, doubled up to one minute.
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

  @Inject
  @ConfigProperty(name = "mynacard.mail.connections", defaultValue = "4")
  int connections;

  @Inject
  @ConfigProperty(name = "mynacard.mail.rate")
  Optional<Double> rate;

  @Inject
  @ConfigProperty(name = "mynacard.mail.reconnect-delay", defaultValue = "PT1S")
  String reconnectDelay;

  /** The most connections a run may open: more would only queue at a mail server. */
  static final int MAX_CONNECTIONS = 32;

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

  /**
   * How many SMTP connections send at once.
   *
   * @throws IllegalStateException when the setting is outside 1 to {@value #MAX_CONNECTIONS}: the
   *     step fails before it claims anything, and its e-mails stay PENDING for the restart
   */
  public int connections() {
    if (connections < 1 || connections > MAX_CONNECTIONS) {
      throw new IllegalStateException(
          "mynacard.mail.connections (MYNACARD_MAIL_CONNECTIONS) must be 1 to "
              + MAX_CONNECTIONS
              + ": "
              + connections);
    }
    return connections;
  }

  /** The rate cap; {@link SendPace#unlimited()} when unset. */
  public SendPace pace() {
    try {
      return rate == null || rate.isEmpty() ? SendPace.unlimited() : SendPace.perSecond(rate.get());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("MYNACARD_MAIL_RATE: " + e.getMessage(), e);
    }
  }

  public ReconnectDelay reconnect() {
    Duration first = Duration.parse(reconnectDelay);
    Duration max = Duration.ofMinutes(1);
    return new ReconnectDelay(first, first.compareTo(max) > 0 ? first : max);
  }
}
