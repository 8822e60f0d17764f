package jp.mynacard.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import jp.mynacard.mail.MailSettings;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the server's mail session ({@code mail/mynacard}) exists; its data says whether it has
 * a mail server. A session without one is still up: without MYNACARD_SMTP_HOST the nightly job runs
 * and reports "mail: off" (the embedded default), a configuration rather than a fault. Down, with
 * the reason, when the session has SMTP credentials but does not require TLS with the server's
 * identity checked (issue 11): the e-mail step would refuse to send.
 */
@Readiness
@ApplicationScoped
public class MailSessionCheck implements HealthCheck {
  @Inject MailSettings mail;

  @Override
  public HealthCheckResponse call() {
    if (mail.session() == null) {
      return HealthCheckResponse.named("mail-session").down().build();
    }
    Optional<String> refused = mail.refusal();
    if (refused.isPresent()) {
      // credentials without TLS: seen when the server is deployed, not first in the night
      return HealthCheckResponse.named("mail-session")
          .down()
          .withData("mailServerConfigured", mail.enabled())
          .withData("refused", refused.get())
          .build();
    }
    return HealthCheckResponse.named("mail-session")
        .up()
        .withData("mailServerConfigured", mail.enabled())
        .build();
  }
}
