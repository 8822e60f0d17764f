package jp.mynacard.forecast;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.mynacard.renewal.CounterVisits;
import jp.mynacard.renewal.ItemKind;
import jp.mynacard.renewal.LeadWindow;
import jp.mynacard.renewal.TellableItems;
import jp.mynacard.validity.Holder;
import jp.mynacard.validity.ValidityRules;

/**
 * The forecast in one pass over the registry: the tellable items of the range's expiries ({@link
 * TellableItems}, the rules the renewal runs apply), each with the lead times it was told under
 * already, streamed in resident order from one query. Per resident, in Java: an item's kind (STAY
 * needs the birthday rule, which only Java has), the expiries of the range counted by day and kind,
 * and the nights the lead times tell the resident's items ({@link SendingNight}), one letter per
 * resident and night, as a run writes one per resident, with its counter visits. Only one
 * resident's items are held at a time; the database does the reading, the joins and the order.
 */
final class ForecastQueries {
  /** Items with told expiry in [?, ?] (twice), with what decides a card's STAY. */
  private static final String ITEMS =
      "SELECT r.resident_id, CAST('CARD' AS VARCHAR(4)), c.card_id, c.effective_expires_on,"
          + " CAST('CARD' AS VARCHAR(10)), r.nationality, r.birth_date,"
          + " c.application_received_on, c.issued_on FROM "
          + TellableItems.CURRENT_CARDS
          + " WHERE c.effective_expires_on BETWEEN ? AND ? AND "
          + TellableItems.CARD_TOLD
          + " UNION ALL SELECT r.resident_id, CAST('CERT' AS VARCHAR(4)), s.serial,"
          + " s.effective_expires_on, CAST(CASE WHEN s.serial = c.user_cert_serial"
          + " THEN 'USER_CERT' ELSE 'SIGN_CERT' END AS VARCHAR(10)), r.nationality,"
          + " CAST(NULL AS DATE), CAST(NULL AS DATE), CAST(NULL AS DATE) FROM "
          + TellableItems.CURRENT_CERTIFICATES
          + " WHERE s.effective_expires_on BETWEEN ? AND ? AND "
          + TellableItems.CERTIFICATE_TOLD;

  /**
   * Each item once per lead time it was told under for its expiry (once with a null lead when
   * never), in resident order. The derived table's columns are named: Derby names a union's columns
   * by position.
   */
  private static final String TOLD_ITEMS =
      "SELECT i.resident_id, i.item_type, i.item_ref, i.expires_on, i.item_kind, i.nationality,"
          + " i.birth_date, i.applied, i.issued, t.lead_months FROM ("
          + ITEMS
          + ") i (resident_id, item_type, item_ref, expires_on, item_kind, nationality, birth_date,"
          + " applied, issued) LEFT JOIN notice t ON t.item_type = i.item_type"
          + " AND t.item_ref = i.item_ref AND t.expires_on = i.expires_on"
          + " ORDER BY i.resident_id, i.item_type, i.item_ref";

  private ForecastQueries() {}

  /** The forecast of {@code range} under these lead times (longest first). */
  static ForecastTable forecast(
      Connection c, ForecastRange range, List<Integer> leads, ValidityRules rules)
      throws SQLException {
    ForecastTable.Tally tally = ForecastTable.tally(range, leads);
    Resident resident = new Resident(range, leads, tally);
    try (PreparedStatement s = c.prepareStatement(TOLD_ITEMS)) {
      // reminders after expiry reach back to items that expired before the range
      Date first = Date.valueOf(SendingNight.firstExpiry(range, leads));
      Date last = Date.valueOf(SendingNight.lastExpiry(range, leads));
      s.setDate(1, first);
      s.setDate(2, last);
      s.setDate(3, first);
      s.setDate(4, last);
      s.setFetchSize(1000);
      try (ResultSet r = s.executeQuery()) {
        Item item = null;
        while (r.next()) {
          String residentId = r.getString(1);
          String ref = r.getString(2) + ":" + r.getString(3);
          if (item == null || !item.residentId.equals(residentId) || !item.ref.equals(ref)) {
            if (item != null && !item.residentId.equals(residentId)) {
              resident.close();
            }
            item = new Item(residentId, ref, r.getDate(4).toLocalDate(), kind(r, rules));
            resident.items.add(item);
          }
          int told = r.getInt(10);
          if (!r.wasNull()) {
            item.toldLeads.add(told);
          }
        }
        resident.close();
      }
    }
    return tally.table();
  }

  /** CARD or STAY for a card (a foreign resident's card may end with the stay), else the cert's. */
  private static ItemKind kind(ResultSet r, ValidityRules rules) throws SQLException {
    ItemKind kind = ItemKind.valueOf(r.getString(5).strip());
    String nationality = r.getString(6);
    if (kind != ItemKind.CARD || Holder.JAPAN.equals(nationality)) {
      return kind;
    }
    Date applied = r.getDate(8);
    return rules.cardEndsWithStay(
            nationality,
            r.getDate(7).toLocalDate(),
            applied == null ? null : applied.toLocalDate(),
            r.getDate(9).toLocalDate(),
            r.getDate(4).toLocalDate())
        ? ItemKind.STAY
        : ItemKind.CARD;
  }

  /** One item of the stream, with the lead times it was told under for its expiry. */
  private static final class Item {
    final String residentId;
    final String ref;
    final LocalDate expiresOn;
    final ItemKind kind;
    final Set<Integer> toldLeads = new HashSet<>(4);

    Item(String residentId, String ref, LocalDate expiresOn, ItemKind kind) {
      this.residentId = residentId;
      this.ref = ref;
      this.expiresOn = expiresOn;
      this.kind = kind;
    }
  }

  /**
   * One resident's items, added up when the stream passes on. An item is due on a night under a
   * lead time unless told already for that expiry and lead time (as the run's selection); it brings
   * its visits with the first letter that tells it ({@link SendingNight#firstLead}: the earliest
   * night of all lead times, ties to the longest), unless any letter told it already; a lapsed STAY
   * card reminded after expiry takes a new card's visits. The resident's letter of a night brings
   * the visits of its most demanding item ({@link CounterVisits#ofLetter}).
   */
  private static final class Resident {
    final ForecastRange range;
    final List<Integer> leads;
    final ForecastTable.Tally tally;
    final List<Item> items = new ArrayList<>();

    Resident(ForecastRange range, List<Integer> leads, ForecastTable.Tally tally) {
      this.range = range;
      this.leads = leads;
      this.tally = tally;
    }

    void close() {
      Map<LocalDate, Integer> letters = new HashMap<>();
      for (Item item : items) {
        tally.expiring(item.expiresOn, item.kind, 1);
        int firstLead = SendingNight.firstLead(item.expiresOn, leads, range);
        for (int lead : leads) {
          if (item.toldLeads.contains(lead)) {
            continue;
          }
          LocalDate night = SendingNight.of(item.expiresOn, lead, range.asOf());
          if (night == null || !range.contains(night)) {
            continue;
          }
          int visits =
              lead == firstLead && item.toldLeads.isEmpty()
                  ? LeadWindow.afterExpiry(lead)
                      ? CounterVisits.afterExpiry(item.kind)
                      : CounterVisits.of(item.kind)
                  : 0;
          letters.merge(night, visits, Math::max);
        }
      }
      letters.forEach((night, visits) -> tally.sent(night, 1, visits));
      items.clear();
    }
  }
}
