package jp.mynacard.forecast;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import jp.mynacard.renewal.CounterVisits;
import jp.mynacard.renewal.ItemKind;
import jp.mynacard.renewal.TellableItems;
import jp.mynacard.validity.Holder;
import jp.mynacard.validity.ValidityRules;

/**
 * The forecast's SQL: the tellable items of a range of expiries ({@link TellableItems}, the rules
 * the renewal runs apply), counted by day and kind, and joined with the forecast's calendar of
 * sending nights ({@code forecast_night}) into letters (one per resident and night, as a run writes
 * one per resident) and their visits. Whether a card item is STAY needs the birthday rule, which
 * only Java has: the foreign residents' cards of the range are judged here and the STAY ones listed
 * in {@code forecast_stay}. Both work tables hold the rows of one forecast id for one transaction.
 */
final class ForecastQueries {
  /** Items with told expiry in [?, ?]; parameters: forecast id, range twice. */
  private static final String ITEMS =
      "SELECT r.resident_id AS resident_id, CAST('CARD' AS VARCHAR(4)) AS item_type,"
          + " c.card_id AS item_ref, c.effective_expires_on AS expires_on,"
          + " CAST(CASE WHEN k.card_id IS NULL THEN 'CARD' ELSE 'STAY' END AS VARCHAR(10))"
          + " AS item_kind FROM "
          + TellableItems.CURRENT_CARDS
          + " LEFT JOIN forecast_stay k ON k.forecast_id = ? AND k.card_id = c.card_id"
          + " WHERE c.effective_expires_on BETWEEN ? AND ? AND "
          + TellableItems.CARD_TOLD
          + " UNION ALL SELECT r.resident_id, CAST('CERT' AS VARCHAR(4)), s.serial,"
          + " s.effective_expires_on, CAST(CASE WHEN s.serial = c.user_cert_serial"
          + " THEN 'USER_CERT' ELSE 'SIGN_CERT' END AS VARCHAR(10)) FROM "
          + TellableItems.CURRENT_CERTIFICATES
          + " WHERE s.effective_expires_on BETWEEN ? AND ? AND "
          + TellableItems.CERTIFICATE_TOLD;

  /** The derived table's name and columns, named: Derby names a union's columns by position. */
  private static final String ITEM_COLUMNS =
      "i (resident_id, item_type, item_ref, expires_on, item_kind)";

  private static final String EXPIRING =
      "SELECT i.expires_on, i.item_kind, COUNT(*) FROM ("
          + ITEMS
          + ") "
          + ITEM_COLUMNS
          + " GROUP BY i.expires_on, i.item_kind";

  /**
   * Letters and visits by night. An item is due on a night under a lead time unless told already
   * for that expiry and lead time (as the run's selection); it brings its visits with the first
   * letter that tells it (the calendar's {@code first_letter}: the longest lead time, or for an
   * item that expired before asOf its first reminder), unless any letter told it already. A lapsed
   * STAY card reminded after expiry takes a new card's visits ({@link CounterVisits#afterExpiry}).
   */
  private static final String SENT =
      "SELECT l.night, COUNT(*), SUM(l.visits) FROM (SELECT e.resident_id, e.night,"
          + " MAX(CASE WHEN e.first_letter = 1 AND e.told = 0 THEN "
          + CounterVisits.sql("e.item_kind", "e.lead_months")
          + " ELSE 0 END) AS visits FROM (SELECT i.resident_id, i.item_kind, n.night,"
          + " n.lead_months, n.first_letter,"
          + " (SELECT COUNT(*) FROM notice t WHERE t.item_type = i.item_type"
          + " AND t.item_ref = i.item_ref AND t.expires_on = i.expires_on) AS told FROM ("
          + ITEMS
          + ") "
          + ITEM_COLUMNS
          + " JOIN forecast_night n ON n.forecast_id = ? AND n.expires_on = i.expires_on"
          + " WHERE NOT EXISTS (SELECT 1 FROM notice t WHERE t.item_type = i.item_type"
          + " AND t.item_ref = i.item_ref AND t.expires_on = i.expires_on"
          + " AND t.lead_months = n.lead_months)) e GROUP BY e.resident_id, e.night) l"
          + " GROUP BY l.night";

  /** Cards that may end with a period of stay: only a foreign resident's can. */
  private static final String FOREIGN_CARDS =
      "SELECT c.card_id, r.nationality, r.birth_date, c.application_received_on, c.issued_on,"
          + " c.effective_expires_on FROM "
          + TellableItems.CURRENT_CARDS
          + " WHERE c.effective_expires_on BETWEEN ? AND ? AND "
          + TellableItems.CARD_TOLD
          + " AND r.nationality <> '"
          + Holder.JAPAN
          + "'";

  private static final int BATCH = 1000;

  private ForecastQueries() {}

  /** The forecast of {@code range}, its work rows written and deleted on {@code c}. */
  static ForecastTable forecast(
      Connection c, long id, ForecastRange range, List<Integer> leads, ValidityRules rules)
      throws SQLException {
    // reminders after expiry reach back to items that expired before the range
    LocalDate firstExpiry = SendingNight.firstExpiry(range, leads);
    LocalDate lastExpiry = SendingNight.lastExpiry(range, leads);
    ForecastTable.Tally tally = ForecastTable.tally(range, leads);
    writeNights(c, id, SendingNight.in(range, leads));
    writeStayCards(c, id, firstExpiry, lastExpiry, rules);
    countExpiring(c, id, tally);
    countSent(c, id, firstExpiry, lastExpiry, tally);
    forget(c, id);
    return tally.table();
  }

  private static void writeNights(Connection c, long id, List<SendingNight> nights)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO forecast_night (forecast_id, lead_months, expires_on, night,"
                + " first_letter) VALUES (?, ?, ?, ?, ?)")) {
      int pending = 0;
      for (SendingNight n : nights) {
        s.setLong(1, id);
        s.setInt(2, n.leadMonths());
        s.setDate(3, Date.valueOf(n.expiresOn()));
        s.setDate(4, Date.valueOf(n.night()));
        s.setShort(5, (short) (n.firstLetter() ? 1 : 0));
        s.addBatch();
        if (++pending == BATCH) {
          s.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        s.executeBatch();
      }
    }
  }

  /** Lists the range's cards that end with a period of stay; returns how many. */
  private static int writeStayCards(
      Connection c, long id, LocalDate from, LocalDate to, ValidityRules rules)
      throws SQLException {
    int stay = 0;
    try (PreparedStatement read = c.prepareStatement(FOREIGN_CARDS);
        PreparedStatement write =
            c.prepareStatement("INSERT INTO forecast_stay (forecast_id, card_id) VALUES (?, ?)")) {
      read.setDate(1, Date.valueOf(from));
      read.setDate(2, Date.valueOf(to));
      try (ResultSet r = read.executeQuery()) {
        while (r.next()) {
          Date applied = r.getDate(4);
          if (rules.cardEndsWithStay(
              r.getString(2),
              r.getDate(3).toLocalDate(),
              applied == null ? null : applied.toLocalDate(),
              r.getDate(5).toLocalDate(),
              r.getDate(6).toLocalDate())) {
            write.setLong(1, id);
            write.setString(2, r.getString(1));
            write.addBatch();
            if (++stay % BATCH == 0) {
              write.executeBatch();
            }
          }
        }
      }
      if (stay % BATCH != 0) {
        write.executeBatch();
      }
    }
    return stay;
  }

  private static void countExpiring(Connection c, long id, ForecastTable.Tally tally)
      throws SQLException {
    ForecastRange range = tally.range();
    try (PreparedStatement s = c.prepareStatement(EXPIRING)) {
      items(s, 1, id, range.from(), range.to());
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          tally.expiring(
              r.getDate(1).toLocalDate(), ItemKind.valueOf(r.getString(2).strip()), r.getLong(3));
        }
      }
    }
  }

  private static void countSent(
      Connection c, long id, LocalDate firstExpiry, LocalDate lastExpiry, ForecastTable.Tally tally)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement(SENT)) {
      int next = items(s, 1, id, firstExpiry, lastExpiry);
      s.setLong(next, id);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          tally.sent(r.getDate(1).toLocalDate(), r.getLong(2), r.getLong(3));
        }
      }
    }
  }

  private static void forget(Connection c, long id) throws SQLException {
    for (String table : new String[] {"forecast_night", "forecast_stay"}) {
      try (PreparedStatement s =
          c.prepareStatement("DELETE FROM " + table + " WHERE forecast_id = ?")) {
        s.setLong(1, id);
        s.executeUpdate();
      }
    }
  }

  /** Sets {@link #ITEMS}' parameters from {@code first}; returns the next parameter's index. */
  private static int items(PreparedStatement s, int first, long id, LocalDate from, LocalDate to)
      throws SQLException {
    s.setLong(first, id);
    s.setDate(first + 1, Date.valueOf(from));
    s.setDate(first + 2, Date.valueOf(to));
    s.setDate(first + 3, Date.valueOf(from));
    s.setDate(first + 4, Date.valueOf(to));
    return first + 5;
  }
}
