package jp.mynacard.renewal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import jp.mynacard.registry.TableStatistics;

/**
 * Chooses a run's due items set-based: every card and certificate whose told expiry (the earlier of
 * recorded and computed, {@code effective_expires_on}) falls in a lead time's window ({@link
 * LeadWindow}: between the as-of date and as-of plus the lead time, both included; for a reminder
 * after expiry, the expiries whose reminder is due) and that has no notice for that expiry and lead
 * time. A night missed is caught up by the next, since its items are still inside the window.
 * Certificates count only when they expire before their card (a certificate ending with its card is
 * the card's item). Everything else (deceased, moved out, suspended, no longer the current card or
 * certificate, ...) is judged later, per resident, so the run can count what it skipped, and so
 * that this query follows the expiry indexes alone: it is the whole of a quiet night's work.
 */
final class CandidateSelection {
  private static final String CARDS =
      "INSERT INTO renewal_candidate (run_id, resident_id, item_type, item_ref, expires_on,"
          + " lead_months) SELECT CAST(? AS BIGINT), c.resident_id, 'CARD', c.card_id,"
          + " c.effective_expires_on, CAST(? AS INTEGER) FROM card c"
          + " WHERE c.effective_expires_on BETWEEN ? AND ? AND NOT EXISTS (SELECT 1 FROM notice n"
          + " WHERE n.item_type = 'CARD' AND n.item_ref = c.card_id"
          + " AND n.expires_on = c.effective_expires_on AND n.lead_months = ?)";
  private static final String CERTIFICATES =
      "INSERT INTO renewal_candidate (run_id, resident_id, item_type, item_ref, expires_on,"
          + " lead_months) SELECT CAST(? AS BIGINT), c.resident_id, 'CERT', s.serial,"
          + " s.effective_expires_on, CAST(? AS INTEGER) FROM certificate s"
          + " JOIN card c ON c.card_id = s.card_id"
          + " WHERE s.effective_expires_on BETWEEN ? AND ? AND "
          + TellableItems.CERTIFICATE_BEFORE_CARD
          + " AND NOT EXISTS (SELECT 1 FROM notice n WHERE n.item_type = 'CERT'"
          + " AND n.item_ref = s.serial AND n.expires_on = s.effective_expires_on"
          + " AND n.lead_months = ?)";

  /** Active residents' active items that expired before the run and were never told. */
  private static final String EXPIRED_CARDS =
      "SELECT COUNT(*) FROM "
          + TellableItems.CURRENT_CARDS
          + " WHERE c.effective_expires_on < ? AND "
          + TellableItems.CARD_TOLD
          + " AND NOT EXISTS (SELECT 1 FROM notice n WHERE n.item_type = 'CARD'"
          + " AND n.item_ref = c.card_id AND n.expires_on = c.effective_expires_on)";

  private static final String EXPIRED_CERTIFICATES =
      "SELECT COUNT(*) FROM "
          + TellableItems.CURRENT_CERTIFICATES
          + " WHERE s.effective_expires_on < ? AND "
          + TellableItems.CERTIFICATE_TOLD
          + " AND NOT EXISTS (SELECT 1 FROM notice n WHERE n.item_type = 'CERT'"
          + " AND n.item_ref = s.serial AND n.expires_on = s.effective_expires_on)";

  private CandidateSelection() {}

  /** Fills the run's candidates afresh; returns how many there are. */
  static long select(Connection c, RenewalRun run) throws SQLException {
    long runId = run.getRunId();
    try (PreparedStatement s =
        c.prepareStatement("DELETE FROM renewal_candidate WHERE run_id = ?")) {
      s.setLong(1, runId);
      s.executeUpdate();
    }
    LocalDate asOf = run.getAsOf();
    for (int lead : run.leads()) {
      // before expiry asOf..asOf + lead; a reminder after expiry: the expiries it is due for
      LeadWindow.Expiries window = LeadWindow.expiries(asOf, lead);
      insert(c, CARDS, runId, lead, window.from(), window.to());
      insert(c, CERTIFICATES, runId, lead, window.from(), window.to());
    }
    long candidates = count(c, "SELECT COUNT(*) FROM renewal_candidate WHERE run_id = ?", runId);
    if (candidates >= TableStatistics.WORTH_REFRESHING) {
      // the run's pages are read by resident-id range: plan them with its rows counted
      TableStatistics.refresh(c, "renewal_candidate");
    }
    return candidates;
  }

  /** Items that expired before {@code asOf} without ever being told (all lead times). */
  static long expiredNeverNotified(Connection c, LocalDate asOf) throws SQLException {
    Date before = Date.valueOf(asOf);
    return count(c, EXPIRED_CARDS, before) + count(c, EXPIRED_CERTIFICATES, before);
  }

  private static void insert(
      Connection c, String sql, long runId, int lead, LocalDate from, LocalDate to)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, runId);
      s.setInt(2, lead);
      s.setDate(3, Date.valueOf(from));
      s.setDate(4, Date.valueOf(to));
      s.setInt(5, lead);
      s.executeUpdate();
    }
  }

  private static long count(Connection c, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getLong(1) : 0;
      }
    }
  }
}
