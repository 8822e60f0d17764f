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
 * (run, resident) index, which needs no statistics to be the right plan.
 */
@ApplicationScoped
public class LetterRows {
  private static final String PAGE =
      "SELECT letter_id, lang, postal_code, address, addressee,"
          + " card_expires_on, user_cert_expires_on, sign_cert_expires_on, stay_expires_on,"
          + " earliest_expires_on, renewal_opens_on, resident_id, stay_case, stay_now_ends_on"
          + " FROM letter"
          + " WHERE run_id = ? AND resident_id > ?"
          + " ORDER BY resident_id FETCH FIRST %d ROWS ONLY";

  @Resource(lookup = "jdbc/mynacard")
  private DataSource dataSource;

  // one row per item even when it was recorded under several lead times
  private static final String DATES_DIFFER =
      "SELECT DISTINCT n.letter_id, n.item_kind, n.recorded_expires_on, n.computed_expires_on,"
          + " n.expires_on FROM notice n JOIN letter l ON l.letter_id = n.letter_id"
          + " WHERE l.run_id = ? AND n.recorded_expires_on <> n.computed_expires_on"
          + " ORDER BY n.letter_id, n.item_kind";

  /** Letters and the resident id to read on after. */
  public record Page(List<LetterRow> rows, String lastResidentId) {
    public boolean isEmpty() {
      return rows.isEmpty();
    }
  }

  /**
   * The letters after resident {@code afterResidentId} ("" for the first page); empty at the end.
   */
  public Page page(long runId, String afterResidentId, int size) throws SQLException {
    List<LetterRow> rows = new ArrayList<>(size);
    String last = afterResidentId;
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(String.format(PAGE, size))) {
      s.setLong(1, runId);
      s.setString(2, afterResidentId);
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
                  date(r, 14)));
          last = r.getString(12);
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
