package jp.mynacard.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Session;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Issue 11: SMTP with credentials requires STARTTLS and checks the server's identity. The session
 * properties are those Liberty builds from server.xml's {@code mailSession} ({@code user} and
 * {@code mail.user} from its user attribute, the {@code property} elements as given).
 */
class SmtpCredentialsRuleTest {
  /** What server.xml gives with MYNACARD_SMTP_HOST set and everything else at its default. */
  private static Properties serverXml() {
    Properties p = new Properties();
    p.setProperty("mail.transport.protocol", "smtp");
    p.setProperty("mail.smtp.host", "mail.example.jp");
    p.setProperty("mail.smtp.port", "25");
    p.setProperty("mail.smtp.starttls.enable", "false");
    p.setProperty("mail.smtp.starttls.required", "false");
    p.setProperty("mail.smtp.auth", "false");
    p.setProperty("mail.smtp.ssl.checkserveridentity", "true");
    return p;
  }

  private static Properties withUser(Properties p) {
    p.setProperty("user", "notices");
    p.setProperty("mail.user", "notices");
    return p;
  }

  private static Properties withStartTls(Properties p) {
    p.setProperty("mail.smtp.starttls.enable", "true");
    p.setProperty("mail.smtp.starttls.required", "true");
    return p;
  }

  @Test
  void withoutCredentialsPlainSmtpIsAllowed() {
    assertEquals(Optional.empty(), SmtpCredentialsRule.refusal(serverXml()));
  }

  @Test
  void aUserWithoutStartTlsIsRefusedNamingTheSettingToChange() {
    Optional<String> refused = SmtpCredentialsRule.refusal(withUser(serverXml()));

    assertTrue(refused.orElseThrow().contains("MYNACARD_SMTP_STARTTLS=true"), refused.get());
  }

  @Test
  void authWithoutAUserNameIsCredentialsToo() {
    Properties p = serverXml();
    p.setProperty("mail.smtp.auth", "true");

    assertTrue(SmtpCredentialsRule.refusal(p).isPresent());
  }

  @Test
  void startTlsEnabledButNotRequiredIsRefused() {
    // "enable" alone falls back to plain text when a man in the middle strips STARTTLS
    Properties p = withUser(serverXml());
    p.setProperty("mail.smtp.starttls.enable", "true");

    assertTrue(SmtpCredentialsRule.refusal(p).isPresent());
  }

  @Test
  void credentialsOverRequiredStartTlsWithTheIdentityCheckedAreAllowed() {
    assertEquals(
        Optional.empty(), SmtpCredentialsRule.refusal(withStartTls(withUser(serverXml()))));
  }

  @Test
  void credentialsOverSmtpsFromTheStartAreAllowed() {
    Properties p = withUser(serverXml());
    p.setProperty("mail.smtp.ssl.enable", "true");

    assertEquals(Optional.empty(), SmtpCredentialsRule.refusal(p));
  }

  @Test
  void credentialsWithoutTheServersIdentityCheckedAreRefused() {
    Properties p = withStartTls(withUser(serverXml()));
    p.remove("mail.smtp.ssl.checkserveridentity");

    Optional<String> refused = SmtpCredentialsRule.refusal(p);

    assertTrue(refused.orElseThrow().contains("checkserveridentity"), refused.get());
  }

  @Test
  void credentialsTrustingEveryCertificateAreRefused() {
    Properties p = withStartTls(withUser(serverXml()));
    p.setProperty("mail.smtp.ssl.trust", "*");

    assertTrue(SmtpCredentialsRule.refusal(p).isPresent());
  }

  @Test
  void theDispatchRefusesBeforeTouchingTheOutboxOrTheServer() {
    // a real SMTP server on a free port (the tests' fixed one may be an IT's): nothing may reach it
    try (SmtpSink sink = SmtpSink.startOnFreePort()) {
      Properties p = withUser(serverXml());
      p.setProperty("mail.smtp.host", "127.0.0.1");
      p.setProperty("mail.smtp.port", String.valueOf(sink.boundPort()));
      MailDispatch dispatch = new MailDispatch();
      dispatch.settings = new MailSettings();
      dispatch.settings.session = Session.getInstance(p);
      // no outbox: a dispatch that got as far as the outbox fails with a NullPointerException

      IllegalStateException e =
          assertThrows(IllegalStateException.class, () -> dispatch.send(1, () -> false));

      assertTrue(e.getMessage().contains("STARTTLS"), e.getMessage());
      assertEquals(0, sink.received().length);
    }
  }
}
