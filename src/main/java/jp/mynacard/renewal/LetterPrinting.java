package jp.mynacard.renewal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import jp.mynacard.export.EmailInsteadOfPaper;

/**
 * Decides, once per run and before its export, which letters the run prints (e-mail instead of
 * paper, table {@code mail_outbox}, column {@code paper_state}): with {@link MailReplacesLetter}
 * applying, the run's letters that have an outbox row are left out (WITHHELD); and whatever the
 * setting says now, letters of earlier, finished runs that were left out and whose e-mail is not
 * SENT are claimed for this run's print ({@link PaperFallback} chooses). The decision and its
 * counts commit together and are recorded on the run, so a restarted export prints the same
 * letters, and a letter is claimed by one run only.
 */
@ApplicationScoped
public class LetterPrinting {
  static final String WITHHELD = "WITHHELD";
  static final String EMAILED = "EMAILED";
  static final String PRINTED = "PRINTED";

  @PersistenceContext(unitName = "mynacard")
  private EntityManager em;

  @Resource(lookup = "jdbc/mynacard")
  private DataSource dataSource;

  /**
   * The run's decision: the one recorded, or (the first time) made now.
   *
   * @param replaces whether the setting applies to the run (see {@link MailReplacesLetter}); the
   *     run's outbox rows must be queued before
   */
  @Transactional
  public EmailInsteadOfPaper decide(long runId, boolean replaces) throws SQLException {
    RenewalRun run = em.find(RenewalRun.class, runId);
    if (run.printing().isPresent()) {
      return run.printing().get();
    }
    EmailInsteadOfPaper decided;
    try (Connection c = dataSource.getConnection()) {
      decided = decide(c, runId, replaces);
    }
    run.printing(decided);
    return decided;
  }

  /** The decision's changes to the outbox, on the caller's connection and transaction. */
  static EmailInsteadOfPaper decide(Connection c, long runId, boolean replaces)
      throws SQLException {
    Long emailed = replaces ? (long) withhold(c, runId) : null;
    settle(c);
    List<String> chosen = PaperFallback.printedNow(waiting(c, runId));
    claim(c, runId, chosen);
    return new EmailInsteadOfPaper(emailed, chosen.size());
  }

  private static int withhold(Connection c, long runId) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "UPDATE mail_outbox SET paper_state = ? WHERE run_id = ? AND paper_state IS NULL")) {
      s.setString(1, WITHHELD);
      s.setLong(2, runId);
      return s.executeUpdate();
    }
  }

  /** E-mails that arrived need no paper: out of the set every later run looks at. */
  private static void settle(Connection c) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "UPDATE mail_outbox SET paper_state = ? WHERE paper_state = ? AND status = 'SENT'")) {
      s.setString(1, EMAILED);
      s.setString(2, WITHHELD);
      s.executeUpdate();
    }
  }

  /**
   * Letters left out whose e-mail did not arrive: FAILED, UNDELIVERABLE, or still PENDING, CLAIMED
   * or SENDING in a run that finished (mail switched off before sendMail, a run given up after its
   * export), as any status but SENT is once the run has ended.
   */
  private static List<PaperFallback.Waiting> waiting(Connection c, long runId) throws SQLException {
    List<PaperFallback.Waiting> waiting = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT l.letter_id, l.resident_id, l.run_id, mine.letter_id, mine_o.paper_state"
                + " FROM mail_outbox o JOIN letter l ON l.letter_id = o.letter_id"
                + " JOIN renewal_run r ON r.run_id = o.run_id"
                + " LEFT JOIN letter mine ON mine.run_id = ? AND mine.resident_id = l.resident_id"
                + " LEFT JOIN mail_outbox mine_o ON mine_o.letter_id = mine.letter_id"
                + " WHERE o.paper_state = ? AND o.status <> 'SENT' AND o.run_id <> ?"
                + " AND r.finished_at IS NOT NULL")) {
      s.setLong(1, runId);
      s.setString(2, WITHHELD);
      s.setLong(3, runId);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          boolean ownPrinted = r.getString(4) != null && r.getString(5) == null;
          waiting.add(
              new PaperFallback.Waiting(r.getString(1), r.getString(2), r.getLong(3), ownPrinted));
        }
      }
    }
    return waiting;
  }

  private static void claim(Connection c, long runId, List<String> letterIds) throws SQLException {
    if (letterIds.isEmpty()) {
      return;
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "UPDATE mail_outbox SET paper_state = ?, printed_run_id = ?"
                + " WHERE letter_id = ? AND paper_state = ?")) {
      for (String letterId : letterIds) {
        s.setString(1, PRINTED);
        s.setLong(2, runId);
        s.setString(3, letterId);
        s.setString(4, WITHHELD);
        s.addBatch();
      }
      s.executeBatch();
    }
  }
}
