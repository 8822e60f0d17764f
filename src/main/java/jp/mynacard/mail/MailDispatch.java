package jp.mynacard.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.logging.Logger;
import jp.mynacard.notice.LetterRenderer;

/**
 * Sends a run's e-mail from its outbox: enqueues the consenting residents' letters, sends what is
 * due over one SMTP connection, waits for retries, and ends when nothing is PENDING. A row a crash
 * left SENDING may or may not have reached the mail server; it is failed and reported, never sent
 * again.
 */
@ApplicationScoped
public class MailDispatch {
  private static final Logger LOG = Logger.getLogger(MailDispatch.class.getName());
  static final int PAGE = 200;

  @Inject Outbox outbox;
  @Inject MailSettings settings;
  @Inject LetterRenderer renderer;

  public MailCounts send(long runId, BooleanSupplier stopped)
      throws SQLException, InterruptedException {
    if (!settings.enabled()) {
      LOG.info("sendMail: no mail server configured (MYNACARD_SMTP_HOST); nothing sent");
      return MailCounts.OFF;
    }
    // before anything is claimed or sent: the step fails (exit 8), its e-mails stay PENDING and
    // go out when the run is restarted with a safe configuration
    Optional<String> refused = settings.refusal();
    if (refused.isPresent()) {
      throw new IllegalStateException("sendMail: " + refused.get());
    }
    int inDoubt = outbox.failInDoubt(runId);
    if (inDoubt > 0) {
      LOG.warning("sendMail: " + inDoubt + " e-mail(s) interrupted by a crash, not sent again");
    }
    int queued = outbox.enqueue(runId, Instant.now());
    LOG.info("sendMail: " + queued + " e-mail(s) queued for run " + runId);
    RetryDelay retry = settings.retry();
    try (Connection smtp = new Connection()) {
      while (!stopped.getAsBoolean()) {
        List<Outbox.Entry> due = outbox.due(runId, Instant.now(), PAGE);
        if (due.isEmpty()) {
          Optional<Instant> next = outbox.nextDue(runId);
          if (next.isEmpty()) {
            break;
          }
          smtp.close(); // a server that failed may be back after the wait
          Duration wait = Duration.between(Instant.now(), next.get());
          Thread.sleep(Math.max(50, Math.min(wait.toMillis(), 1_000)));
          continue;
        }
        sendPage(due, smtp, retry, stopped);
      }
    }
    return outbox.counts(runId);
  }

  private void sendPage(
      List<Outbox.Entry> due, Connection smtp, RetryDelay retry, BooleanSupplier stopped)
      throws SQLException {
    Outbox.Entry claimed = null;
    for (int i = 0; i < due.size() && !stopped.getAsBoolean(); i++) {
      Outbox.Entry e = due.get(i);
      try {
        MimeMessage m =
            NoticeMessage.of(
                settings.session(),
                e.letterId(),
                e.address(),
                renderer.render(e.facts()),
                new Date());
        if (claimed != e) {
          outbox.claim(e);
        }
        smtp.transport().sendMessage(m, m.getAllRecipients());
        Outbox.Entry next = i + 1 < due.size() ? due.get(i + 1) : null;
        outbox.sent(e, next, Instant.now());
        claimed = next;
      } catch (MessagingException | RuntimeException x) {
        failed(e, x, retry);
        smtp.close();
        claimed = null;
      }
    }
    if (claimed != null) {
      // stopped after claiming the next one: it was not sent, so it stays due
      outbox.retryLater(claimed, "stopped before sending", Instant.now());
    }
  }

  private void failed(Outbox.Entry e, Exception x, RetryDelay retry) throws SQLException {
    int attempts = e.attempts() + 1;
    String reason = MailFailure.reason(x);
    if (MailFailure.of(x) == MailFailure.PERMANENT) {
      outbox.giveUp(e, "UNDELIVERABLE", reason);
      LOG.warning("sendMail: letter " + e.letterId() + " undeliverable: " + reason);
    } else if (retry.retries(attempts)) {
      outbox.retryLater(e, reason, Instant.now().plus(retry.after(attempts)));
    } else {
      outbox.giveUp(e, "FAILED", reason);
      LOG.warning(
          "sendMail: letter " + e.letterId() + " failed after " + attempts + " tries: " + reason);
    }
  }

  /** A run's e-mail counts; {@link MailCounts#OFF} without a mail server. */
  public MailCounts counts(long runId) throws SQLException {
    return settings.enabled() ? outbox.counts(runId) : MailCounts.OFF;
  }

  /** One SMTP connection, opened when first needed and again after a failure. */
  private final class Connection implements AutoCloseable {
    private Transport transport;

    Transport transport() throws MessagingException {
      if (transport == null || !transport.isConnected()) {
        close();
        transport = settings.session().getTransport();
        transport.connect();
      }
      return transport;
    }

    @Override
    public void close() {
      if (transport != null) {
        try {
          transport.close();
        } catch (MessagingException ignored) {
          // the connection is gone either way
        }
        transport = null;
      }
    }
  }
}
