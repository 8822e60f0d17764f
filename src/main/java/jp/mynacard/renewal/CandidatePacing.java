package jp.mynacard.renewal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import jp.mynacard.validity.Holder;
import jp.mynacard.validity.ValidityRules;

/**
 * Paces a run's due items to the counters' capacity (issue 14): reads each resident's letter as it
 * will bring visits (the items it tells for the first time that the run will really tell: current,
 * not skipped, see {@link TellableItems}), nearest latest sending date first, through a {@link
 * NightBudget}, and takes the held-back letters' first-time items out of the run's candidates
 * (through {@code renewal_held}, filled as the letters stream by). They stay inside their lead
 * windows with no notice, so the next nights choose them again; items told before (a second lead
 * time's reminder) stay, since they bring no new visits.
 *
 * <p>The order is the earliest such expiry, then resident id: the latest sending date is that
 * expiry minus one minimum lead for all, so the order is the same, and a restarted first step paces
 * the same registry to the same letters.
 */
final class CandidatePacing {
  /** An item tells its resident something new: no notice for this item and expiry yet. */
  private static final String FIRST_TIME =
      "NOT EXISTS (SELECT 1 FROM notice n WHERE n.item_type = d.item_type"
          + " AND n.item_ref = d.item_ref AND n.expires_on = d.expires_on)";

  /** The run will tell the item: it is the current card, or a tellable certificate on it. */
  private static final String TOLD =
      TellableItems.CARD_TOLD
          + " AND ((d.item_type = 'CARD' AND d.item_ref = c.card_id"
          + " AND d.expires_on = c.effective_expires_on) OR (d.item_type = 'CERT' AND EXISTS"
          + " (SELECT 1 FROM certificate s WHERE s.serial = d.item_ref AND s.card_id = c.card_id"
          + " AND s.effective_expires_on = d.expires_on AND "
          + TellableItems.CERTIFICATE_TOLD
          + ")))";

  private static final String DEMAND_FROM =
      " FROM renewal_candidate d JOIN resident r ON r.resident_id = d.resident_id"
          + " JOIN card c ON c.card_id = r.current_card_id"
          + " WHERE d.run_id = ? AND "
          + FIRST_TIME
          + " AND "
          + TOLD;

  /**
   * Per resident: the earliest first-time expiry, whether a card is among the items, and what
   * decides whether that card is a STAY item (one visit, not two).
   */
  private static final String DEMAND =
      "SELECT d.resident_id, MIN(d.expires_on),"
          + " MAX(CASE WHEN d.item_type = 'CARD' THEN 1 ELSE 0 END), r.nationality, r.birth_date,"
          + " c.application_received_on, c.issued_on, c.effective_expires_on"
          + DEMAND_FROM
          + " GROUP BY d.resident_id, r.nationality, r.birth_date, c.application_received_on,"
          + " c.issued_on, c.effective_expires_on ORDER BY 2, 1";

  private static final String HELD = "INSERT INTO renewal_held (run_id, resident_id) VALUES (?, ?)";

  /** The held residents' first-time items: no notice yet for the item and expiry. */
  private static final String HOLD =
      "DELETE FROM renewal_candidate WHERE run_id = ? AND NOT EXISTS (SELECT 1 FROM notice n"
          + " WHERE n.item_type = renewal_candidate.item_type"
          + " AND n.item_ref = renewal_candidate.item_ref"
          + " AND n.expires_on = renewal_candidate.expires_on) AND EXISTS (SELECT 1"
          + " FROM renewal_held h WHERE h.run_id = renewal_candidate.run_id"
          + " AND h.resident_id = renewal_candidate.resident_id)";

  private static final int BATCH = 1000;

  private CandidatePacing() {}

  /** Paces the run's candidates; returns what the night sends and holds back. */
  static PacedNight pace(Connection c, RenewalRun run, Pacing pacing, ValidityRules rules)
      throws SQLException {
    long runId = run.getRunId();
    NightBudget budget = new NightBudget(pacing, run.getAsOf());
    execute(c, "DELETE FROM renewal_held WHERE run_id = ?", runId);
    try (PreparedStatement demand = c.prepareStatement(DEMAND);
        PreparedStatement held = c.prepareStatement(HELD)) {
      demand.setLong(1, runId);
      demand.setFetchSize(BATCH);
      int pending = 0;
      try (ResultSet r = demand.executeQuery()) {
        while (r.next()) {
          if (!budget.admit(r.getDate(2).toLocalDate(), visits(r, rules, run.getAsOf()))) {
            held.setLong(1, runId);
            held.setString(2, r.getString(1));
            held.addBatch();
            if (++pending == BATCH) {
              held.executeBatch();
              pending = 0;
            }
          }
        }
      }
      if (pending > 0) {
        held.executeBatch();
      }
    }
    long heldItems = budget.heldLetters() == 0 ? 0 : execute(c, HOLD, runId);
    execute(c, "DELETE FROM renewal_held WHERE run_id = ?", runId);
    return new PacedNight(
        pacing.dailyCapacity(),
        budget.visits(),
        budget.forcedVisits(),
        budget.heldLetters(),
        heldItems,
        budget.overCapacity());
  }

  private static int execute(Connection c, String sql, long runId) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, runId);
      return s.executeUpdate();
    }
  }

  /**
   * A letter's visits: two with a new card, one for a STAY validity change or certificates; a STAY
   * card reminded of after its expiry has lapsed and takes a new card's two ({@link
   * CounterVisits#afterExpiry}), as the forecast counts it.
   */
  private static int visits(ResultSet r, ValidityRules rules, LocalDate night) throws SQLException {
    if (r.getInt(3) == 0) {
      return CounterVisits.of(ItemKind.USER_CERT);
    }
    String nationality = r.getString(4);
    if (Holder.JAPAN.equals(nationality)) {
      return CounterVisits.of(ItemKind.CARD);
    }
    Date applied = r.getDate(6);
    LocalDate expires = r.getDate(8).toLocalDate();
    boolean stay =
        rules.cardEndsWithStay(
            nationality,
            r.getDate(5).toLocalDate(),
            applied == null ? null : applied.toLocalDate(),
            r.getDate(7).toLocalDate(),
            expires);
    ItemKind kind = stay ? ItemKind.STAY : ItemKind.CARD;
    return expires.isBefore(night) ? CounterVisits.afterExpiry(kind) : CounterVisits.of(kind);
  }
}
