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
 *
 * <p>Several senders share a run's rows (one per SMTP connection, see {@link MailDispatch}): a
 * sender claims a page (PENDING to CLAIMED, with its token), then takes each row CLAIMED to SENDING
 * just before handing it over. Both steps are compare-and-sets, so no two senders ever hand over
 * the same row, and each sender has at most one row SENDING.
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

  private volatile Boolean postgres;

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

  /** What {@link #recover} found of an earlier sender of the run. */
  public record Recovered(int inDoubt, int returned) {}

  /**
   * Before a run's e-mail is sent (again): rows a crash left SENDING are FAILED, with the reason,
   * and reported; rows left CLAIMED never reached the mail server and are PENDING again.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public Recovered recover(long runId) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement failed =
            c.prepareStatement(
                "UPDATE mail_outbox SET status = 'FAILED', last_error = ?, claimed_by = NULL"
                    + " WHERE run_id = ? AND status = 'SENDING'");
        PreparedStatement returned =
            c.prepareStatement(
                "UPDATE mail_outbox SET status = 'PENDING', claimed_by = NULL"
                    + " WHERE run_id = ? AND status = 'CLAIMED'")) {
      failed.setString(1, IN_DOUBT);
      failed.setLong(2, runId);
      returned.setLong(1, runId);
      return new Recovered(failed.executeUpdate(), returned.executeUpdate());
    }
  }

  /**
   * Claims up to {@code limit} PENDING rows due by {@code now}, in letter order, for {@code
   * claimant}: one commit for the page. Each row is a compare-and-set from PENDING, so a row
   * another sender claimed first is left out; on PostgreSQL rows another sender is claiming are
   * skipped ({@code FOR UPDATE SKIP LOCKED}) rather than waited for.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public List<Entry> claim(long runId, String claimant, Instant now, int limit)
      throws SQLException {
    List<Entry> due = new ArrayList<>(limit);
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT o.letter_id, o.address, o.attempts, l.lang, l.addressee,"
                  + " l.card_expires_on, l.stay_expires_on, l.user_cert_expires_on,"
                  + " l.sign_cert_expires_on, l.stay_case, l.stay_now_ends_on, l.as_of"
                  + " FROM mail_outbox o JOIN letter l ON l.letter_id = o.letter_id"
                  + " WHERE o.run_id = ? AND o.status = 'PENDING' AND o.next_attempt_at <= ?"
                  + " ORDER BY o.letter_id FETCH FIRST "
                  + limit
                  + " ROWS ONLY"
                  // Derby cannot lock an ordered selection; there the compare-and-set decides
                  + (postgres(c) ? " FOR UPDATE OF o SKIP LOCKED" : ""))) {
        s.setLong(1, runId);
        s.setTimestamp(2, utc(now));
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            due.add(entry(r));
          }
        }
      }
      if (due.isEmpty()) {
        return due;
      }
      try (PreparedStatement s =
          c.prepareStatement(
              "UPDATE mail_outbox SET status = 'CLAIMED', claimed_by = ?"
                  + " WHERE letter_id = ? AND address = ? AND status = 'PENDING'")) {
        for (Entry e : due) {
          s.setString(1, claimant);
          s.setString(2, e.letterId());
          s.setString(3, e.address());
          s.addBatch();
        }
        int[] changed = s.executeBatch();
        List<Entry> claimed = new ArrayList<>(due.size());
        for (int i = 0; i < changed.length; i++) {
          // SUCCESS_NO_INFO would be a driver that cannot say: then nothing is taken as claimed
          if (changed[i] == 1) {
            claimed.add(due.get(i));
          }
        }
        return claimed;
      }
    }
  }

  private static Entry entry(ResultSet r) throws SQLException {
    return new Entry(
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
            date(r, 11),
            date(r, 12)));
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
   * Marks {@code sent} (if any) SENT and {@code next} SENDING, in one commit, just before {@code
   * next} goes to the mail server: one commit per message, and at most one row of each sender in
   * doubt after a crash. {@code next} is taken only from {@code claimant}'s claim (a
   * compare-and-set from CLAIMED).
   *
   * @return whether {@code next} is this sender's to send; false when the row was taken from the
   *     claim (another sender's recovery returned it to PENDING), and then it must not be sent
   * @throws IllegalStateException when {@code sent} was not SENDING: then the outbox no longer says
   *     what happened, and the step must stop rather than go on
   */
  @Transactional(TxType.REQUIRES_NEW)
  public boolean sending(Entry sent, Entry next, String claimant, Instant now) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      if (sent != null) {
        markSent(c, sent, now);
      }
      try (PreparedStatement s =
          c.prepareStatement(
              "UPDATE mail_outbox SET status = 'SENDING'"
                  + " WHERE letter_id = ? AND address = ? AND status = 'CLAIMED'"
                  + " AND claimed_by = ?")) {
        s.setString(1, next.letterId());
        s.setString(2, next.address());
        s.setString(3, claimant);
        return s.executeUpdate() == 1;
      }
    }
  }

  /** Marks {@code sent} SENT, when no next message follows it (see {@link #sending}). */
  @Transactional(TxType.REQUIRES_NEW)
  public void sent(Entry sent, Instant now) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      markSent(c, sent, now);
    }
  }

  private static void markSent(Connection c, Entry sent, Instant now) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "UPDATE mail_outbox SET status = 'SENT', attempts = attempts + 1, sent_at = ?,"
                + " last_error = NULL, claimed_by = NULL"
                + " WHERE letter_id = ? AND address = ? AND status = 'SENDING'")) {
      s.setTimestamp(1, utc(now));
      s.setString(2, sent.letterId());
      s.setString(3, sent.address());
      if (s.executeUpdate() != 1) {
        throw new IllegalStateException(
            "letter " + sent.letterId() + " was sent but its outbox row was no longer SENDING");
      }
    }
  }

  /** The rows {@code claimant} claimed and did not send: PENDING again, for any sender. */
  @Transactional(TxType.REQUIRES_NEW)
  public int release(long runId, String claimant) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "UPDATE mail_outbox SET status = 'PENDING', claimed_by = NULL"
                    + " WHERE run_id = ? AND status = 'CLAIMED' AND claimed_by = ?")) {
      s.setLong(1, runId);
      s.setString(2, claimant);
      return s.executeUpdate();
    }
  }

  /**
   * The mail server closed the channel for now (421) before it took the message: PENDING again, due
   * at once, without using a try.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public void putBack(Entry e, String reason) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "UPDATE mail_outbox SET status = 'PENDING', claimed_by = NULL, last_error = ?"
                    + " WHERE letter_id = ? AND address = ?"
                    + " AND status IN ('CLAIMED', 'SENDING')")) {
      s.setString(1, clip(reason));
      s.setString(2, e.letterId());
      s.setString(3, e.address());
      s.executeUpdate();
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
                "UPDATE mail_outbox SET status = ?, attempts = attempts + 1, last_error = ?,"
                    + " claimed_by = NULL"
                    + (retryAt != null ? ", next_attempt_at = ?" : "")
                    + " WHERE letter_id = ? AND address = ?"
                    + " AND status IN ('PENDING', 'CLAIMED', 'SENDING')")) {
      int i = 1;
      s.setString(i++, status);
      s.setString(i++, clip(reason));
      if (retryAt != null) {
        s.setTimestamp(i++, utc(retryAt));
      }
      s.setString(i++, e.letterId());
      s.setString(i, e.address());
      s.executeUpdate();
    }
  }

  // last_error holds 400 characters; an in-doubt reason is a prefix plus the failure
  private static String clip(String reason) {
    return reason.length() <= 400 ? reason : reason.substring(0, 400);
  }

  private boolean postgres(Connection c) throws SQLException {
    Boolean p = postgres;
    if (p == null) {
      p = c.getMetaData().getDatabaseProductName().startsWith("PostgreSQL");
      postgres = p;
    }
    return p;
  }

  private static Timestamp utc(Instant i) {
    return Timestamp.valueOf(LocalDateTime.ofInstant(i, ZoneOffset.UTC));
  }

  private static LocalDate date(ResultSet r, int column) throws SQLException {
    Date d = r.getDate(column);
    return d == null ? null : d.toLocalDate();
  }
}
