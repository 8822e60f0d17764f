package jp.mynacard.renewal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Residents, their letters and letters returned, on the application's own migrations (with {@link
 * PaperFixture}'s runs): for unit tests of what a run holds back after a returned letter and of the
 * lists and answers built on returns.
 */
public final class ReturnFixture {
  private ReturnFixture() {}

  /** A resident who lives here at {@code address}, postal code 305-0032. */
  public static void resident(Connection c, String residentId, String address) throws SQLException {
    update(
        c,
        "INSERT INTO resident (resident_id, number_hash, number_sealed, family_name, given_name,"
            + " birth_date, sex, postal_code, address, nationality, lang, email_consent,"
            + " resident_status, updated_at, row_version) VALUES (?, ?, 'sealed', '山田', '花子',"
            + " DATE('1980-06-15'), 'F', '305-0032', ?, 'JP', 'ja', FALSE, 'RESIDENT',"
            + " CURRENT_TIMESTAMP, 0)",
        residentId,
        "hash-" + residentId,
        address);
  }

  /** The registry's new address for the resident, as an import writes it. */
  public static void moved(Connection c, String residentId, String postalCode, String address)
      throws SQLException {
    update(
        c,
        "UPDATE resident SET postal_code = ?, address = ? WHERE resident_id = ?",
        postalCode,
        address,
        residentId);
  }

  public static void status(Connection c, String residentId, String status) throws SQLException {
    update(c, "UPDATE resident SET resident_status = ? WHERE resident_id = ?", status, residentId);
  }

  /** Run {@code runId}'s letter to the resident, addressed as the registry holds it now. */
  public static String letter(Connection c, long runId, String residentId) throws SQLException {
    String letterId = PaperFixture.letter(c, runId, residentId, false);
    update(
        c,
        "UPDATE letter SET postal_code = (SELECT r.postal_code FROM resident r"
            + " WHERE r.resident_id = letter.resident_id), address = (SELECT r.address"
            + " FROM resident r WHERE r.resident_id = letter.resident_id) WHERE letter_id = ?",
        letterId);
    return letterId;
  }

  /** The letter's PENDING outbox row, as sendMail (or e-mail instead of paper) queues it. */
  public static void mailed(Connection c, String letterId, long runId) throws SQLException {
    update(
        c,
        "INSERT INTO mail_outbox (letter_id, address, run_id, status, attempts, next_attempt_at)"
            + " VALUES (?, 'resident@example.jp', ?, 'PENDING', 0, CURRENT_TIMESTAMP)",
        letterId,
        runId);
  }

  /** The letter came back on {@code returnedOn}, from the address it went to. */
  public static void returned(Connection c, String letterId, String returnedOn)
      throws SQLException {
    update(
        c,
        "INSERT INTO returned_letter (letter_id, resident_id, returned_on, reason, postal_code,"
            + " address, import_instance, import_line, recorded_at)"
            + " SELECT l.letter_id, l.resident_id, DATE('"
            + returnedOn
            + "'), 'MOVED', l.postal_code, l.address, 1, 2, CURRENT_TIMESTAMP"
            + " FROM letter l WHERE l.letter_id = ?",
        letterId);
  }

  /** The letter held back by its run, as the run's export decides after a returned letter. */
  public static void held(Connection c, String letterId) throws SQLException {
    update(
        c,
        "INSERT INTO paper_hold (letter_id, run_id, resident_id, hold_state, held_at)"
            + " SELECT letter_id, run_id, resident_id, 'HELD', CURRENT_TIMESTAMP FROM letter"
            + " WHERE letter_id = ?",
        letterId);
  }

  /** The held letter claimed for run {@code runId}'s print, as that run's export decides. */
  public static void printedBy(Connection c, String letterId, long runId) throws SQLException {
    update(
        c,
        "UPDATE paper_hold SET hold_state = 'PRINTED', printed_run_id = ? WHERE letter_id = ?",
        runId,
        letterId);
  }

  /** The letter's hold: {@code HELD}, {@code PRINTED by <run>}, or "-" when it has none. */
  public static String hold(Connection c, String letterId) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT hold_state, printed_run_id FROM paper_hold WHERE letter_id = ?")) {
      s.setString(1, letterId);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          return "-";
        }
        String state = r.getString(1);
        long printed = r.getLong(2);
        return state + (r.wasNull() ? "" : " by " + printed);
      }
    }
  }

  /** Postal code and address the letter goes to, as the export reads them. */
  public static String addressOf(Connection c, String letterId) throws SQLException {
    return PaperFixture.column(
            c, "SELECT postal_code || ' ' || address FROM letter WHERE letter_id = ?", letterId)
        .get(0);
  }

  private static void update(Connection c, String sql, Object... values) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        s.setObject(i + 1, values[i]);
      }
      s.executeUpdate();
    }
  }
}
