package jp.mynacard.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jp.mynacard.mail.MailSettings;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the server's mail session ({@code mail/mynacard}) exists; its data says whether it has
 * a mail server. A session without one is still up: without MYNACARD_SMTP_HOST the nightly job runs
 * and reports "mail: off" (the embedded default), a configuration rather than a fault.
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
    return HealthCheckResponse.named("mail-session")
        .up()
        .withData("mailServerConfigured", mail.enabled())
        .build();
  }
}
