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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import jp.mynacard.export.EmailInsteadOfPaper;
import jp.mynacard.export.ReturnedLetterHolds;

/**
 * Decides, once per run and before its export, which letters the run prints (e-mail instead of
 * paper, table {@code mail_outbox}, column {@code paper_state}; returned letters, table {@code
 * paper_hold}): with {@link MailReplacesLetter} applying, the run's letters that have an outbox row
 * are left out (WITHHELD); its letters to residents whose paper is stopped because a letter came
 * back are held ({@link ReturnHolds}); and whatever the setting says now, letters of earlier,
 * finished runs that were left out and whose e-mail is not SENT, or held while the resident's
 * address has since changed, are claimed for this run's print ({@link PaperFallback} chooses, one
 * envelope per resident over both kinds). A letter whose resident's paper is stopped waits, of
 * either kind. A letter printed late goes to the address the registry holds now. The decision and
 * its counts commit together and are recorded on the run, so a restarted export prints the same
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

  /** What a run's export decided: about e-mail instead of paper, and about returned letters. */
  public record Decision(EmailInsteadOfPaper email, ReturnedLetterHolds holds) {}

  /**
   * The run's decision: the one recorded, or (the first time) made now.
   *
   * @param replaces whether the setting applies to the run (see {@link MailReplacesLetter}); the
   *     run's outbox rows must be queued before
   */
  @Transactional
  public Decision decide(long runId, boolean replaces) throws SQLException {
    RenewalRun run = em.find(RenewalRun.class, runId);
    if (run.printing().isPresent()) {
      return new Decision(run.printing().get(), run.returnedLetterHolds());
    }
    Decision decided;
    try (Connection c = dataSource.getConnection()) {
      decided = decide(c, runId, replaces);
    }
    run.printing(decided.email(), decided.holds());
    return decided;
  }

  /** The decision's changes to the outbox and the holds, on the caller's connection. */
  static Decision decide(Connection c, long runId, boolean replaces) throws SQLException {
    Long emailed = replaces ? (long) withhold(c, runId) : null;
    settle(c);
    Set<String> stopped = ReturnHolds.stopped(c, runId);
    long held = ReturnHolds.hold(c, runId, stopped);
    List<PaperFallback.Waiting> mailed = notStopped(waiting(c, runId), stopped);
    List<PaperFallback.Waiting> kept = notStopped(ReturnHolds.waiting(c, runId), stopped);
    List<PaperFallback.Waiting> all = new ArrayList<>(mailed);
    all.addAll(kept);
    List<String> chosen = PaperFallback.printedNow(all);
    Set<String> keptIds = new HashSet<>();
    kept.forEach(w -> keptIds.add(w.letterId()));
    List<String> chosenMailed = chosen.stream().filter(id -> !keptIds.contains(id)).toList();
    List<String> chosenKept = chosen.stream().filter(keptIds::contains).toList();
    claim(c, runId, chosenMailed);
    ReturnHolds.claim(c, runId, chosenKept);
    readdress(c, chosen);
    return new Decision(
        new EmailInsteadOfPaper(emailed, chosenMailed.size()),
        new ReturnedLetterHolds(held, chosenKept.size()));
  }

  private static List<PaperFallback.Waiting> notStopped(
      List<PaperFallback.Waiting> waiting, Set<String> stopped) {
    return waiting.stream().filter(w -> !stopped.contains(w.residentId())).toList();
  }

  /**
   * A letter printed by a later run goes to the address the registry holds then: a held letter
   * waited for exactly that change, and a letter whose e-mail failed may have waited as long.
   */
  private static void readdress(Connection c, List<String> letterIds) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "UPDATE letter SET postal_code = (SELECT r.postal_code FROM resident r"
                + " WHERE r.resident_id = letter.resident_id), address = (SELECT r.address"
                + " FROM resident r WHERE r.resident_id = letter.resident_id)"
                + " WHERE letter_id = ? AND EXISTS (SELECT 1 FROM resident r"
                + " WHERE r.resident_id = letter.resident_id)")) {
      for (String letterId : letterIds) {
        s.setString(1, letterId);
        s.executeUpdate();
      }
    }
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
    return waiting(
        c,
        "SELECT l.letter_id, l.resident_id, l.run_id, mine.letter_id, mine_o.paper_state"
            + " FROM mail_outbox o JOIN letter l ON l.letter_id = o.letter_id"
            + " JOIN renewal_run r ON r.run_id = o.run_id"
            + " LEFT JOIN letter mine ON mine.run_id = ? AND mine.resident_id = l.resident_id"
            + " LEFT JOIN mail_outbox mine_o ON mine_o.letter_id = mine.letter_id"
            + " WHERE o.paper_state = ? AND o.status <> 'SENT' AND o.run_id <> ?"
            + " AND r.finished_at IS NOT NULL",
        runId,
        WITHHELD);
  }

  /**
   * Letters waiting for paper, read by {@code sql}: its columns letter id, resident id, run id,
   * this run's letter to the resident (or null) and that letter's paper state (null when printed);
   * its parameters this run, the waiting state, this run again.
   */
  static List<PaperFallback.Waiting> waiting(Connection c, String sql, long runId, String state)
      throws SQLException {
    List<PaperFallback.Waiting> waiting = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, runId);
      s.setString(2, state);
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
