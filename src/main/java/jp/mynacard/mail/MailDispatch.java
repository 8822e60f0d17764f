package jp.mynacard.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
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
      NoticeMessage m;
      try {
        m =
            NoticeMessage.of(
                settings.session(),
                e.letterId(),
                e.address(),
                renderer.render(e.facts()),
                new Date());
      } catch (MessagingException | RuntimeException x) {
        // nothing went to the mail server, and trying again would build the same message: an
        // address that does not parse is undeliverable, anything else a failure to look into
        String status = MailFailure.of(x) == MailFailure.PERMANENT ? "UNDELIVERABLE" : "FAILED";
        outbox.giveUp(e, status, MailFailure.reason(x));
        LOG.warning("sendMail: letter " + e.letterId() + " not built: " + MailFailure.reason(x));
        claimed = null;
        continue;
      }
      if (claimed != e && !outbox.claim(e)) {
        // another sender took it (or it is no longer PENDING): never a second copy
        claimed = null;
        continue;
      }
      // only the hand-over is classified: a failure to record it below is not a failed send
      try {
        smtp.transport().sendMessage(m, m.getAllRecipients());
      } catch (MessagingException | RuntimeException x) {
        failed(e, x, MailFailure.of(x, m.dataWritten()), retry);
        smtp.close();
        claimed = null;
        continue;
      }
      // the server has the message: if this fails, the row stays SENDING and the step fails, so
      // the restart reports it in doubt instead of sending it again
      Outbox.Entry next = i + 1 < due.size() ? due.get(i + 1) : null;
      claimed = outbox.sent(e, next, Instant.now()) ? next : null;
    }
    if (claimed != null) {
      // stopped after claiming the next one: it was not sent, so it stays due
      outbox.retryLater(claimed, "stopped before sending", Instant.now());
    }
  }

  private void failed(Outbox.Entry e, Exception x, MailFailure failure, RetryDelay retry)
      throws SQLException {
    int attempts = e.attempts() + 1;
    String reason = MailFailure.reason(x);
    if (failure == MailFailure.IN_DOUBT) {
      outbox.giveUp(e, "FAILED", Outbox.IN_DOUBT_REPLY + reason);
      LOG.warning(
          "sendMail: letter " + e.letterId() + " in doubt (no reply to its data): " + reason);
    } else if (failure == MailFailure.PERMANENT) {
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
