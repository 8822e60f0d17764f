package jp.mynacard.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.mynacard.notice.LetterRenderer;

/**
 * Sends a run's e-mail from its outbox: enqueues the consenting residents' letters, then sends over
 * {@code mynacard.mail.connections} SMTP connections in parallel until nothing is PENDING. The step
 * waits on the mail server, not on the processor (one commit and one SMTP exchange per message), so
 * parallel connections are what makes it faster.
 *
 * <p>Each connection is a {@link Sender} with its own claim token: it claims a page of rows at a
 * time and sends them over one connection kept open across messages. Whatever happens, a row a
 * crash left SENDING (at most one per connection) may or may not have reached the mail server: it
 * is failed and reported, never sent again; rows left CLAIMED go back to PENDING.
 */
@ApplicationScoped
public class MailDispatch {
  private static final Logger LOG = Logger.getLogger(MailDispatch.class.getName());

  /** Rows a sender claims at a time: few commits for the claims, little left CLAIMED at a stop. */
  static final int PAGE = 100;

  @Inject Outbox outbox;
  @Inject MailSettings settings;
  @Inject LetterRenderer renderer;

  // managed threads: the outbox's transactions and the application's context work on them
  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ExecutorService executor;

  public MailCounts send(long runId, BooleanSupplier stopped)
      throws SQLException, InterruptedException {
    return send(runId, stopped, counts -> {});
  }

  /**
   * As above, telling {@code progress} the run's outbox counts about every second while the senders
   * work, on the calling thread (the step's own, so that its job log gets the lines).
   */
  public MailCounts send(long runId, BooleanSupplier stopped, Consumer<MailCounts> progress)
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
    int connections = settings.connections();
    SendPace pace = settings.pace();
    Outbox.Recovered recovered = outbox.recover(runId);
    if (recovered.inDoubt() > 0) {
      LOG.warning(
          "sendMail: " + recovered.inDoubt() + " e-mail(s) interrupted by a crash, not sent again");
    }
    int queued = outbox.enqueue(runId, Instant.now());
    LOG.info(
        "sendMail: "
            + queued
            + " e-mail(s) queued for run "
            + runId
            + ", sending over "
            + connections
            + " connection(s)");

    // a small run is shared out among the connections, a large one claimed a page at a time
    long pending = outbox.counts(runId).pending();
    int page = (int) Math.max(1, Math.min(PAGE, pending / connections));
    AtomicReference<Exception> failure = new AtomicReference<>();
    BooleanSupplier halt = () -> failure.get() != null || stopped.getAsBoolean();
    String execution = UUID.randomUUID().toString();
    List<Future<?>> senders = new ArrayList<>(connections);
    for (int i = 0; i < connections; i++) {
      Sender sender = new Sender(runId, execution + "/" + i, page, pace, halt);
      senders.add(
          executor.submit(
              () -> {
                try {
                  sender.run();
                } catch (Exception | Error e) {
                  // the first failure stops the others; the step then fails with it
                  if (!failure.compareAndSet(
                      null, e instanceof Exception x ? x : new Exception(e))) {
                    LOG.log(Level.WARNING, "sendMail: a further sender failed", e);
                  }
                }
                return null;
              }));
    }
    for (Future<?> s : senders) {
      while (true) {
        try {
          s.get(1, TimeUnit.SECONDS);
          break;
        } catch (TimeoutException stillSending) {
          progress.accept(outbox.counts(runId));
        } catch (ExecutionException unexpected) {
          failure.compareAndSet(null, new IllegalStateException(unexpected.getCause()));
          break;
        } catch (InterruptedException e) {
          failure.compareAndSet(null, e);
          senders.forEach(f -> f.cancel(true));
          throw e;
        }
      }
    }
    Exception failed = failure.get();
    if (failed instanceof SQLException e) {
      throw e;
    } else if (failed instanceof RuntimeException e) {
      throw e;
    } else if (failed != null) {
      throw new IllegalStateException("sendMail: " + failed, failed);
    }
    return outbox.counts(runId);
  }

  /** A run's e-mail counts; {@link MailCounts#OFF} without a mail server. */
  public MailCounts counts(long runId) throws SQLException {
    return settings.enabled() ? outbox.counts(runId) : MailCounts.OFF;
  }

  /**
   * One SMTP connection's share of a run: claims pages of due rows and sends them, in order, until
   * nothing is PENDING (or the step is stopped, or another sender failed). What it claimed and did
   * not send goes back to PENDING when it ends.
   */
  private final class Sender {
    private final long runId;
    private final String claimant;
    private final int page;
    private final SendPace pace;
    private final BooleanSupplier halt;
    private final RetryDelay retry = settings.retry();
    private final SmtpConnection smtp;

    /** Sent, still SENDING: recorded SENT with the next row's claim, or alone at the end. */
    private Outbox.Entry unrecorded;

    Sender(long runId, String claimant, int page, SendPace pace, BooleanSupplier halt) {
      this.runId = runId;
      this.claimant = claimant;
      this.page = page;
      this.pace = pace;
      this.halt = halt;
      this.smtp = new SmtpConnection(settings.reconnect(), retry.maxAttempts());
    }

    void run() throws SQLException, InterruptedException {
      try (smtp) {
        while (!halt.getAsBoolean()) {
          List<Outbox.Entry> claimed = outbox.claim(runId, claimant, Instant.now(), page);
          if (claimed.isEmpty()) {
            Optional<Instant> next = outbox.nextDue(runId);
            if (next.isEmpty()) {
              break;
            }
            Duration wait = Duration.between(Instant.now(), next.get());
            if (wait.compareTo(Duration.ofSeconds(1)) > 0) {
              smtp.close(); // a server that failed may be back after the wait
            }
            Thread.sleep(Math.max(50, Math.min(wait.toMillis(), 1_000)));
            continue;
          }
          sendPage(claimed);
        }
      } finally {
        try {
          if (unrecorded != null) {
            outbox.sent(unrecorded, Instant.now());
            unrecorded = null;
          }
        } finally {
          outbox.release(runId, claimant);
        }
      }
    }

    private void sendPage(List<Outbox.Entry> page) throws SQLException, InterruptedException {
      for (int i = 0; i < page.size() && !halt.getAsBoolean(); i++) {
        Outbox.Entry e = page.get(i);
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
          continue;
        }
        Transport transport;
        try {
          transport = smtp.open(halt);
        } catch (MessagingException x) {
          // no connection: not this message's fault; the rest of the page waits with it
          MailFailure f = smtp.failedToConnect();
          for (Outbox.Entry rest : page.subList(i, page.size())) {
            failed(rest, x, f);
          }
          return;
        }
        pace.await();
        boolean mine = outbox.sending(unrecorded, e, claimant, Instant.now());
        unrecorded = null;
        if (!mine) {
          continue; // never a second copy
        }
        // only the hand-over is classified: a failure to record it is not a failed send
        try {
          transport.sendMessage(m, m.getAllRecipients());
        } catch (MessagingException | RuntimeException x) {
          failed(e, x, smtp.failedToSend(x, m.dataWritten()));
          continue;
        }
        smtp.sent();
        // the server has the message: if recording it fails, the row stays SENDING and the step
        // fails, so the restart reports it in doubt instead of sending it again
        unrecorded = e;
      }
    }

    private void failed(Outbox.Entry e, Exception x, MailFailure failure) throws SQLException {
      int attempts = e.attempts() + 1;
      String reason = MailFailure.reason(x);
      switch (failure) {
        case IN_DOUBT -> {
          outbox.giveUp(e, "FAILED", Outbox.IN_DOUBT_REPLY + reason);
          LOG.warning(
              "sendMail: letter " + e.letterId() + " in doubt (no reply to its data): " + reason);
        }
        case PERMANENT -> {
          outbox.giveUp(e, "UNDELIVERABLE", reason);
          LOG.warning("sendMail: letter " + e.letterId() + " undeliverable: " + reason);
        }
        case SLOW_DOWN -> outbox.putBack(e, reason);
        case TEMPORARY -> {
          if (retry.retries(attempts)) {
            outbox.retryLater(e, reason, Instant.now().plus(retry.after(attempts)));
          } else {
            outbox.giveUp(e, "FAILED", reason);
            LOG.warning(
                "sendMail: letter "
                    + e.letterId()
                    + " failed after "
                    + attempts
                    + " tries: "
                    + reason);
          }
        }
      }
    }
  }

  /**
   * One SMTP connection, opened when first needed, kept open across messages, and opened again
   * after a failure, waiting longer after each consecutive one ({@link ReconnectDelay}).
   */
  private final class SmtpConnection implements AutoCloseable {
    /** After this long unused, ask the server whether the connection is still open. */
    private static final long IDLE_NANOS = Duration.ofSeconds(5).toNanos();

    private final ReconnectDelay delay;
    private final int maxAttempts;
    private Transport transport;
    private long lastUsed;
    private int failures;
    private int closings;

    SmtpConnection(ReconnectDelay delay, int maxAttempts) {
      this.delay = delay;
      this.maxAttempts = maxAttempts;
    }

    Transport open(BooleanSupplier halt) throws MessagingException, InterruptedException {
      // isConnected() asks the server (NOOP): one more round trip, worth it only after a pause
      if (transport != null
          && (System.nanoTime() - lastUsed < IDLE_NANOS || transport.isConnected())) {
        return transport;
      }
      close();
      Duration wait = delay.after(failures);
      if (closings > 0 && wait.compareTo(delay.first()) < 0) {
        wait = delay.first(); // the server asked us to come back later
      }
      long until = System.nanoTime() + wait.toNanos();
      while (System.nanoTime() - until < 0 && !halt.getAsBoolean()) {
        Thread.sleep(Math.max(1, Math.min(200, (until - System.nanoTime()) / 1_000_000)));
      }
      // kept before it connects: a failed connect leaves the greeting's reply code in it
      transport = settings.session().getTransport();
      transport.connect();
      lastUsed = System.nanoTime();
      return transport;
    }

    MailFailure failedToConnect() {
      // the provider's connect failure carries no reply code; the transport kept the greeting's
      boolean closing = transportReply() == MailFailure.CLOSING;
      close();
      return failed(closing ? MailFailure.SLOW_DOWN : MailFailure.TEMPORARY);
    }

    MailFailure failedToSend(Exception x, boolean dataWritten) {
      MailFailure f = MailFailure.of(x, dataWritten);
      if (f == MailFailure.PERMANENT) {
        // a refused recipient or message: the connection is fine (the provider reset it)
        lastUsed = System.nanoTime();
        return f;
      }
      close();
      return failed(f);
    }

    private MailFailure failed(MailFailure f) {
      failures++;
      if (f != MailFailure.SLOW_DOWN) {
        return f;
      }
      // a server that keeps closing on us is down, not busy: then its 421 uses tries like any
      // temporary failure, so the run still ends
      return ++closings >= maxAttempts ? MailFailure.TEMPORARY : MailFailure.SLOW_DOWN;
    }

    void sent() {
      failures = 0;
      closings = 0;
      lastUsed = System.nanoTime();
    }

    private int transportReply() {
      return transport == null ? -1 : MailFailure.lastReplyCode(transport);
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
