package jp.mynacard.mail;

import java.util.Optional;
import java.util.Properties;

/**
 * Issue 11: the SMTP login never crosses the network in the clear, nor to a server whose identity
 * was not checked. With credentials configured (a user name, or {@code mail.smtp.auth}), the mail
 * session must require TLS (STARTTLS required, or SMTP over TLS from the start) and check the
 * server's host name against its certificate, and must not trust every certificate. server.xml
 * cannot say "credentials imply STARTTLS" (its values do not depend on one another), so the rule is
 * checked here, before anything is sent, and by the readiness check.
 */
public final class SmtpCredentialsRule {
  private SmtpCredentialsRule() {}

  /** Why the session must not be used to send, or empty when it may. */
  public static Optional<String> refusal(Properties session) {
    String protocol = session.getProperty("mail.transport.protocol", "smtp");
    String p = "mail." + protocol + ".";
    boolean credentials =
        on(session, p + "auth")
            || !blank(session.getProperty(p + "user"))
            || !blank(session.getProperty("mail.user"))
            || !blank(session.getProperty("user"));
    if (!credentials) {
      return Optional.empty();
    }
    boolean tls =
        "smtps".equals(protocol)
            || on(session, p + "ssl.enable")
            || (on(session, p + "starttls.enable") && on(session, p + "starttls.required"));
    if (!tls) {
      return Optional.of(
          "SMTP credentials are configured (MYNACARD_SMTP_USER or MYNACARD_SMTP_AUTH) but STARTTLS"
              + " is not required: set MYNACARD_SMTP_STARTTLS=true; no e-mail is sent until then,"
              + " so the password never crosses the network in the clear");
    }
    if (!on(session, p + "ssl.checkserveridentity")) {
      return Optional.of(
          "SMTP credentials are configured but "
              + p
              + "ssl.checkserveridentity is not true:"
              + " the server's identity must be checked before the password is sent");
    }
    if ("*".equals(session.getProperty(p + "ssl.trust", "").strip())) {
      return Optional.of(
          "SMTP credentials are configured but "
              + p
              + "ssl.trust is *, which trusts any"
              + " certificate: trust the mail server's certificate through the server's truststore");
    }
    return Optional.empty();
  }

  private static boolean on(Properties session, String name) {
    return "true".equalsIgnoreCase(session.getProperty(name, "").strip());
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
