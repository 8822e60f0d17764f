package jp.mynacard.renewal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/**
 * Reminders after expiry that no run will send any more: items the run would tell (current, active,
 * of residents who live here: {@link TellableItems}) whose reminder date passed more than a month
 * before the run's night without a reminder for that lead time ({@link
 * LeadWindow#remindersTooLateBefore}). Typically items that expired long before reminders were
 * switched on; counted in the summary, one per item and lead time, never mailed.
 */
final class RemindersTooLate {
  private static final String CARDS =
      "SELECT COUNT(*) FROM "
          + TellableItems.CURRENT_CARDS
          + " WHERE c.effective_expires_on < ? AND "
          + TellableItems.CARD_TOLD
          + " AND NOT EXISTS (SELECT 1 FROM notice n WHERE n.item_type = 'CARD'"
          + " AND n.item_ref = c.card_id AND n.expires_on = c.effective_expires_on"
          + " AND n.lead_months = ?)";

  private static final String CERTIFICATES =
      "SELECT COUNT(*) FROM "
          + TellableItems.CURRENT_CERTIFICATES
          + " WHERE s.effective_expires_on < ? AND "
          + TellableItems.CERTIFICATE_TOLD
          + " AND NOT EXISTS (SELECT 1 FROM notice n WHERE n.item_type = 'CERT'"
          + " AND n.item_ref = s.serial AND n.expires_on = s.effective_expires_on"
          + " AND n.lead_months = ?)";

  private RemindersTooLate() {}

  /** Over the run's reminder lead times (none: 0, and no query). */
  static long count(Connection c, LocalDate asOf, List<Integer> leads) throws SQLException {
    long tooLate = 0;
    for (int lead : leads) {
      if (LeadWindow.afterExpiry(lead)) {
        Date before = Date.valueOf(LeadWindow.remindersTooLateBefore(asOf, lead));
        tooLate += count(c, CARDS, before, lead) + count(c, CERTIFICATES, before, lead);
      }
    }
    return tooLate;
  }

  private static long count(Connection c, String sql, Date before, int lead) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setDate(1, before);
      s.setInt(2, lead);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getLong(1) : 0;
      }
    }
  }
}
