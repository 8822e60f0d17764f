package jp.mynacard.renewal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.mynacard.returned.LastReturns;

/**
 * Letters held back after a returned letter (issue 14, table {@code paper_hold}), on the caller's
 * connection and transaction, for {@link LetterPrinting}'s decision: a run holds its letters to
 * residents whose paper is stopped ({@link jp.mynacard.returned.PaperStop}); a later run prints a
 * held letter once the resident's address changed (they still live here), exactly once. The letter
 * and its notices stay: the items were told, the envelope waits.
 */
final class ReturnHolds {
  static final String HELD = "HELD";
  static final String PRINTED = "PRINTED";

  private ReturnHolds() {}

  /**
   * The residents paper to whom is stopped, among those the decision concerns: the run's own, and
   * those with a letter waiting (held, or left out for an e-mail that did not arrive).
   */
  static Set<String> stopped(Connection c, long runId) throws SQLException {
    Set<String> stopped =
        new HashSet<>(
            LastReturns.stoppedAmong(
                c, "SELECT l.resident_id FROM letter l WHERE l.run_id = ?", runId));
    stopped.addAll(
        LastReturns.stoppedAmong(
            c, "SELECT h.resident_id FROM paper_hold h WHERE h.hold_state = ?", HELD));
    stopped.addAll(
        LastReturns.stoppedAmong(
            c,
            "SELECT w.resident_id FROM mail_outbox o JOIN letter w ON w.letter_id = o.letter_id"
                + " WHERE o.paper_state = ?",
            LetterPrinting.WITHHELD));
    return stopped;
  }

  /**
   * Holds the run's letters to {@code stopped} residents, but not those left out for e-mail (not
   * printed anyway; if their e-mail fails they wait as any such letter does). Answers how many.
   */
  static long hold(Connection c, long runId, Set<String> stopped) throws SQLException {
    long held = 0;
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO paper_hold (letter_id, run_id, resident_id, hold_state, held_at)"
                + " SELECT l.letter_id, l.run_id, l.resident_id, '"
                + HELD
                + "', CAST(? AS TIMESTAMP) FROM letter l WHERE l.run_id = ? AND l.resident_id = ?"
                + " AND NOT EXISTS (SELECT 1 FROM mail_outbox o WHERE o.letter_id = l.letter_id"
                + " AND o.paper_state IS NOT NULL)")) {
      for (String residentId : stopped) {
        s.setTimestamp(1, Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC)));
        s.setLong(2, runId);
        s.setString(3, residentId);
        held += s.executeUpdate();
      }
    }
    return held;
  }

  /**
   * Held letters of other, finished runs to residents who still live here; whether paper to them is
   * still stopped is the caller's to filter.
   */
  static List<PaperFallback.Waiting> waiting(Connection c, long runId) throws SQLException {
    return LetterPrinting.waiting(
        c,
        "SELECT l.letter_id, l.resident_id, l.run_id, mine.letter_id, mine_o.paper_state"
            + " FROM paper_hold h JOIN letter l ON l.letter_id = h.letter_id"
            + " JOIN renewal_run r ON r.run_id = h.run_id"
            + " JOIN resident res ON res.resident_id = h.resident_id"
            + " LEFT JOIN letter mine ON mine.run_id = ? AND mine.resident_id = l.resident_id"
            + " LEFT JOIN mail_outbox mine_o ON mine_o.letter_id = mine.letter_id"
            + " WHERE h.hold_state = ? AND h.run_id <> ? AND r.finished_at IS NOT NULL"
            + " AND res.resident_status = 'RESIDENT'",
        runId,
        HELD);
  }

  static void claim(Connection c, long runId, Collection<String> letterIds) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "UPDATE paper_hold SET hold_state = ?, printed_run_id = ?"
                + " WHERE letter_id = ? AND hold_state = ?")) {
      for (String letterId : letterIds) {
        s.setString(1, PRINTED);
        s.setLong(2, runId);
        s.setString(3, letterId);
        s.setString(4, HELD);
        s.executeUpdate();
      }
    }
  }
}
