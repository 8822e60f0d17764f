package jp.mynacard.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import jp.mynacard.notice.LetterFacts;
import jp.mynacard.validity.StayCase;

/**
 * The e-mail outbox (table {@code mail_outbox}): one row per letter and address. Each change
 * commits on its own (a new transaction, whatever the caller runs in), so what the table says is
 * what happened: a row is SENDING from just before its message goes to the SMTP server until the
 * server has accepted it, and a crash in between leaves it SENDING, never PENDING, so it is not
 * sent a second time.
 */
@ApplicationScoped
public class Outbox {
  /** Why a row left SENDING by a crash is not sent again. */
  static final String IN_DOUBT =
      "interrupted while handed to the mail server; not sent again, to never send it twice:"
          + " check the mail server's log";

  /** Why a message whose data got no reply is not sent again (followed by the failure). */
  static final String IN_DOUBT_REPLY =
      "no reply after its data: the mail server may have it; not sent again, to never send it"
          + " twice: check the mail server's log; ";

  @Resource(lookup = "jdbc/mynacard")
  DataSource dataSource;

  /** One message to send: the letter's facts and the address. */
  public record Entry(String letterId, String address, int attempts, LetterFacts facts) {}

  /** Adds a PENDING row for each letter of the run whose resident agreed to e-mail. */
  @Transactional(TxType.REQUIRES_NEW)
  public int enqueue(long runId, Instant now) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO mail_outbox (letter_id, address, run_id, status, attempts,"
                    + " next_attempt_at)"
                    + " SELECT l.letter_id, r.email, l.run_id, 'PENDING', 0, ?"
                    + " FROM letter l JOIN resident r ON r.resident_id = l.resident_id"
                    + " WHERE l.run_id = ? AND r.email_consent = TRUE AND r.email IS NOT NULL"
                    + " AND r.email <> ''"
                    + " AND NOT EXISTS (SELECT 1 FROM mail_outbox o"
                    + " WHERE o.letter_id = l.letter_id)")) {
      s.setTimestamp(1, utc(now));
      s.setLong(2, runId);
      return s.executeUpdate();
    }
  }

  /** Rows a crash left SENDING: FAILED, with the reason, and reported. */
  @Transactional(TxType.REQUIRES_NEW)
  public int failInDoubt(long runId) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "UPDATE mail_outbox SET status = 'FAILED', last_error = ?"
                    + " WHERE run_id = ? AND status = 'SENDING'")) {
      s.setString(1, IN_DOUBT);
      s.setLong(2, runId);
      return s.executeUpdate();
    }
  }

  /** PENDING rows due by {@code now}, in letter order. */
  @Transactional(TxType.REQUIRES_NEW)
  public List<Entry> due(long runId, Instant now, int limit) throws SQLException {
    List<Entry> due = new ArrayList<>(limit);
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT o.letter_id, o.address, o.attempts, l.lang, l.addressee,"
                    + " l.card_expires_on, l.stay_expires_on, l.user_cert_expires_on,"
                    + " l.sign_cert_expires_on, l.stay_case, l.stay_now_ends_on"
                    + " FROM mail_outbox o JOIN letter l ON l.letter_id = o.letter_id"
                    + " WHERE o.run_id = ? AND o.status = 'PENDING' AND o.next_attempt_at <= ?"
                    + " ORDER BY o.letter_id FETCH FIRST "
                    + limit
                    + " ROWS ONLY")) {
      s.setLong(1, runId);
      s.setTimestamp(2, utc(now));
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          due.add(
              new Entry(
                  r.getString(1),
                  r.getString(2),
                  r.getInt(3),
                  new LetterFacts(
                      r.getString(1),
                      r.getString(4),
                      r.getString(5),
                      date(r, 6),
                      date(r, 7),
                      date(r, 8),
                      date(r, 9),
                      StayCase.named(r.getString(10)),
                      date(r, 11))));
        }
      }
    }
    return due;
  }

  /** When the earliest PENDING row is due again; empty when none is left. */
  @Transactional(TxType.REQUIRES_NEW)
  public Optional<Instant> nextDue(long runId) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT MIN(next_attempt_at) FROM mail_outbox"
                    + " WHERE run_id = ? AND status = 'PENDING'")) {
      s.setLong(1, runId);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        Timestamp t = r.getTimestamp(1);
        return t == null
            ? Optional.empty()
            : Optional.of(t.toLocalDateTime().toInstant(ZoneOffset.UTC));
      }
    }
  }

  /**
   * Marks {@code e} SENDING: it is about to go to the mail server. A compare-and-set: false when
   * the row is no longer PENDING (another sender took it), and then it must not be sent.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public boolean claim(Entry e) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      return setSending(c, e);
    }
  }

  /**
   * Marks {@code sent} SENT and, in the same commit, claims {@code next} (if any): one commit per
   * message, and at most one row in doubt after a crash.
   *
   * @return whether {@code next} was claimed (see {@link #claim})
   * @throws IllegalStateException when {@code sent} was not SENDING: then the outbox no longer says
   *     what happened, and the step must stop rather than go on
   */
  @Transactional(TxType.REQUIRES_NEW)
  public boolean sent(Entry sent, Entry next, Instant now) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "UPDATE mail_outbox SET status = 'SENT', attempts = attempts + 1, sent_at = ?,"
                    + " last_error = NULL"
                    + " WHERE letter_id = ? AND address = ? AND status = 'SENDING'")) {
      s.setTimestamp(1, utc(now));
      s.setString(2, sent.letterId());
      s.setString(3, sent.address());
      if (s.executeUpdate() != 1) {
        throw new IllegalStateException(
            "letter " + sent.letterId() + " was sent but its outbox row was no longer SENDING");
      }
      return next != null && setSending(c, next);
    }
  }

  /** A temporary failure with tries left: PENDING again, due at {@code retryAt}. */
  @Transactional(TxType.REQUIRES_NEW)
  public void retryLater(Entry e, String reason, Instant retryAt) throws SQLException {
    update(e, "PENDING", reason, retryAt);
  }

  /** FAILED (tries used up) or UNDELIVERABLE (refused for good). */
  @Transactional(TxType.REQUIRES_NEW)
  public void giveUp(Entry e, String status, String reason) throws SQLException {
    update(e, status, reason, null);
  }

  @Transactional(TxType.REQUIRES_NEW)
  public MailCounts counts(long runId) throws SQLException {
    long pending = 0;
    long sent = 0;
    long failed = 0;
    long undeliverable = 0;
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT status, COUNT(*) FROM mail_outbox WHERE run_id = ? GROUP BY status")) {
      s.setLong(1, runId);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          long n = r.getLong(2);
          switch (r.getString(1)) {
            case "SENT" -> sent += n;
            case "FAILED" -> failed += n;
            case "UNDELIVERABLE" -> undeliverable += n;
            default -> pending += n;
          }
        }
      }
    }
    return new MailCounts(true, pending, sent, failed, undeliverable);
  }

  private void update(Entry e, String status, String reason, Instant retryAt) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "UPDATE mail_outbox SET status = ?, attempts = attempts + 1, last_error = ?"
                    + (retryAt != null ? ", next_attempt_at = ?" : "")
                    + " WHERE letter_id = ? AND address = ? AND status IN ('PENDING', 'SENDING')")) {
      int i = 1;
      s.setString(i++, status);
      // last_error holds 400 characters; an in-doubt reason is a prefix plus the failure
      s.setString(i++, reason.length() <= 400 ? reason : reason.substring(0, 400));
      if (retryAt != null) {
        s.setTimestamp(i++, utc(retryAt));
      }
      s.setString(i++, e.letterId());
      s.setString(i, e.address());
      s.executeUpdate();
    }
  }

  private static boolean setSending(Connection c, Entry e) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "UPDATE mail_outbox SET status = 'SENDING'"
                + " WHERE letter_id = ? AND address = ? AND status = 'PENDING'")) {
      s.setString(1, e.letterId());
      s.setString(2, e.address());
      return s.executeUpdate() == 1;
    }
  }

  private static Timestamp utc(Instant i) {
    return Timestamp.valueOf(LocalDateTime.ofInstant(i, ZoneOffset.UTC));
  }

  private static LocalDate date(ResultSet r, int column) throws SQLException {
    Date d = r.getDate(column);
    return d == null ? null : d.toLocalDate();
  }
}
