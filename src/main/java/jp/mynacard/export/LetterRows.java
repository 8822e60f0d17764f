package jp.mynacard.export;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import jp.mynacard.validity.StayCase;

/**
 * A run's letters in letter-id order, a page at a time (keyset paging, never in memory whole).
 * Within a run, letter ids differ only in their resident id, so the pages follow the letter table's
 * (run, resident) index, which needs no statistics to be the right plan. With e-mail instead of
 * paper, a run prints its letters less those left out for e-mail ({@link #printedPage}), and
 * earlier runs' letters whose e-mail did not arrive ({@link #earlierPage}); likewise its letters
 * less those held back after a returned letter, and earlier runs' held letters it prints.
 */
@ApplicationScoped
public class LetterRows {
  private static final String COLUMNS =
      "SELECT l.letter_id, l.lang, l.postal_code, l.address, l.addressee,"
          + " l.card_expires_on, l.user_cert_expires_on, l.sign_cert_expires_on,"
          + " l.stay_expires_on, l.earliest_expires_on, l.renewal_opens_on, l.resident_id,"
          + " l.stay_case, l.stay_now_ends_on, l.as_of FROM letter l";
  private static final String PAGE =
      COLUMNS
          + " WHERE l.run_id = ? AND l.resident_id > ?"
          + " ORDER BY l.resident_id FETCH FIRST %d ROWS ONLY";
  // an outbox row with a paper state: the letter was left out of its run's print for e-mail; a
  // paper hold: it was held back because a letter to the resident came back
  private static final String PRINTED_PAGE =
      COLUMNS
          + " WHERE l.run_id = ? AND l.resident_id > ?"
          + " AND NOT EXISTS (SELECT 1 FROM mail_outbox o WHERE o.letter_id = l.letter_id"
          + " AND o.paper_state IS NOT NULL)"
          + " AND NOT EXISTS (SELECT 1 FROM paper_hold h WHERE h.letter_id = l.letter_id)"
          + " ORDER BY l.resident_id FETCH FIRST %d ROWS ONLY";
  // IN rather than a join: a letter is one row even if it had several outbox rows; one IN over a
  // UNION, not two ORed, so that it stays a semi-join
  private static final String EARLIER_PAGE =
      COLUMNS
          + " WHERE l.letter_id IN (SELECT o.letter_id FROM mail_outbox o"
          + " WHERE o.printed_run_id = ? UNION SELECT h.letter_id FROM paper_hold h"
          + " WHERE h.printed_run_id = ?) AND l.letter_id > ?"
          + " ORDER BY l.letter_id FETCH FIRST %d ROWS ONLY";
  private static final int RESIDENT_ID = 12;
  private static final int LETTER_ID = 1;

  @Resource(lookup = "jdbc/mynacard")
  DataSource dataSource;

  // one row per item even when it was recorded under several lead times
  private static final String DATES_DIFFER =
      "SELECT DISTINCT n.letter_id, n.item_kind, n.recorded_expires_on, n.computed_expires_on,"
          + " n.expires_on FROM notice n JOIN letter l ON l.letter_id = n.letter_id"
          + " WHERE l.run_id = ? AND n.recorded_expires_on <> n.computed_expires_on"
          + " ORDER BY n.letter_id, n.item_kind";

  /** Letters and the key to read on after (a resident id, or a letter id for earlier runs'). */
  public record Page(List<LetterRow> rows, String last) {
    public boolean isEmpty() {
      return rows.isEmpty();
    }
  }

  /** A way of reading letters page by page: one of the methods below, bound to a run. */
  @FunctionalInterface
  public interface Pages {
    Page page(String after, int size) throws SQLException;
  }

  /**
   * The letters after resident {@code afterResidentId} ("" for the first page); empty at the end.
   */
  public Page page(long runId, String afterResidentId, int size) throws SQLException {
    return read(String.format(PAGE, size), runId, afterResidentId, RESIDENT_ID);
  }

  /**
   * As {@link #page}, less the letters left out of the print export for e-mail or held back after a
   * returned letter.
   */
  public Page printedPage(long runId, String afterResidentId, int size) throws SQLException {
    return read(String.format(PRINTED_PAGE, size), runId, afterResidentId, RESIDENT_ID);
  }

  /**
   * Letters of earlier runs that run {@code runId} prints because their e-mail did not arrive or
   * the address they were held back for changed, after letter {@code afterLetterId} ("" for the
   * first page).
   */
  public Page earlierPage(long runId, String afterLetterId, int size) throws SQLException {
    return read(String.format(EARLIER_PAGE, size), runId, afterLetterId, LETTER_ID, 2);
  }

  private Page read(String sql, long runId, String after, int keyColumn) throws SQLException {
    return read(sql, runId, after, keyColumn, 1);
  }

  /** Binds the run id {@code runIds} times, then the key to read on after. */
  private Page read(String sql, long runId, String after, int keyColumn, int runIds)
      throws SQLException {
    List<LetterRow> rows = new ArrayList<>();
    String last = after;
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 1; i <= runIds; i++) {
        s.setLong(i, runId);
      }
      s.setString(runIds + 1, after);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          rows.add(
              new LetterRow(
                  r.getString(1),
                  r.getString(2),
                  r.getString(3),
                  r.getString(4),
                  r.getString(5),
                  date(r, 6),
                  date(r, 7),
                  date(r, 8),
                  date(r, 9),
                  date(r, 10),
                  date(r, 11),
                  StayCase.named(r.getString(13)),
                  date(r, 14),
                  date(r, 15)));
          last = r.getString(keyColumn);
        }
      }
    }
    return new Page(rows, last);
  }

  /** The run's told items whose recorded and computed dates differ, in letter order. */
  public List<DatesDiffer> datesDiffer(long runId) throws SQLException {
    List<DatesDiffer> items = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(DATES_DIFFER)) {
      s.setLong(1, runId);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          items.add(
              new DatesDiffer(r.getString(1), r.getString(2), date(r, 3), date(r, 4), date(r, 5)));
        }
      }
    }
    return items;
  }

  private static LocalDate date(ResultSet r, int column) throws SQLException {
    Date d = r.getDate(column);
    return d == null ? null : d.toLocalDate();
  }
}
