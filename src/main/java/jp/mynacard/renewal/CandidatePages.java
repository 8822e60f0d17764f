package jp.mynacard.renewal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import jp.mynacard.registry.CardStatus;
import jp.mynacard.registry.CertificateStatus;
import jp.mynacard.registry.ResidentStatus;

/**
 * Reads a run's due items page by page in resident order, with each resident's current state:
 * keyset paging (resident id greater than the last one read), never offsets, never the whole
 * registry in memory. A page ends with a whole resident.
 */
@ApplicationScoped
public class CandidatePages {
  private static final String PAGE =
      "SELECT w.resident_id, w.item_type, w.item_ref, w.expires_on, w.lead_months,"
          + " r.resident_status, r.family_name, r.given_name, r.lang, r.postal_code, r.address,"
          + " r.birth_date, r.nationality, r.residence_status, r.stay_expires_on,"
          + " c.card_id, c.card_status, c.application_received_on, c.issued_on, c.expires_on,"
          + " c.computed_expires_on, c.user_cert_serial, c.sign_cert_serial,"
          + " s.cert_status, s.expires_on, s.computed_expires_on"
          + " FROM renewal_candidate w JOIN resident r ON r.resident_id = w.resident_id"
          + " LEFT JOIN card c ON c.card_id = r.current_card_id"
          + " LEFT JOIN certificate s ON s.serial = w.item_ref AND w.item_type = 'CERT'"
          + " WHERE w.run_id = ? AND w.resident_id > ? %s"
          + " ORDER BY w.resident_id, w.item_type, w.item_ref, w.lead_months"
          + " FETCH FIRST %d ROWS ONLY";

  /** More rows than residents: a resident has at most three items per lead time. */
  private static final int ROWS_PER_RESIDENT = 4;

  @Resource(lookup = "jdbc/mynacard")
  private DataSource dataSource;

  /**
   * The residents after {@code after} (exclusive) up to {@code last} (inclusive, empty for no
   * limit), at most {@code residents} of them; empty at the end.
   */
  public List<ResidentCandidates> page(long runId, String after, String last, int residents)
      throws SQLException {
    int limit = residents * ROWS_PER_RESIDENT;
    String sql = String.format(PAGE, last.isEmpty() ? "" : "AND w.resident_id <= ?", limit);
    List<Row> rows = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, runId);
      s.setString(2, after);
      if (!last.isEmpty()) {
        s.setString(3, last);
      }
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          rows.add(Row.of(r));
        }
      }
    }
    if (rows.size() == limit) {
      // the last resident may continue on the next page: leave it whole for that page
      String cut = rows.get(rows.size() - 1).state.residentId();
      rows.removeIf(row -> row.state.residentId().equals(cut));
    }
    return group(rows);
  }

  /** The residents a run's candidates belong to: one letter each at most. */
  public long residents(long runId) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT COUNT(DISTINCT resident_id) FROM renewal_candidate WHERE run_id = ?")) {
      s.setLong(1, runId);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  /** Resident ids that cut a run's candidates into {@code parts} ranges of similar size. */
  public List<String> bounds(long runId, long candidates, int parts) throws SQLException {
    List<String> bounds = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT resident_id FROM renewal_candidate"
                    + " WHERE run_id = ? ORDER BY resident_id OFFSET ? ROWS FETCH NEXT 1 ROWS ONLY")) {
      for (int k = 1; k < parts; k++) {
        s.setLong(1, runId);
        s.setLong(2, candidates * k / parts);
        try (ResultSet r = s.executeQuery()) {
          if (r.next()
              && (bounds.isEmpty() || !bounds.get(bounds.size() - 1).equals(r.getString(1)))) {
            bounds.add(r.getString(1));
          }
        }
      }
    }
    return bounds;
  }

  private static List<ResidentCandidates> group(List<Row> rows) {
    List<ResidentCandidates> residents = new ArrayList<>();
    int i = 0;
    while (i < rows.size()) {
      Row first = rows.get(i);
      List<DueItem> due = new ArrayList<>();
      Map<String, CertificateState> certificates = new HashMap<>();
      while (i < rows.size() && rows.get(i).state.residentId().equals(first.state.residentId())) {
        Row row = rows.get(i++);
        due.add(row.item);
        if (row.certificate != null) {
          certificates.put(row.certificate.serial(), row.certificate);
        }
      }
      residents.add(new ResidentCandidates(first.state, due, certificates));
    }
    return residents;
  }

  private record Row(ResidentState state, DueItem item, CertificateState certificate) {
    static Row of(ResultSet r) throws SQLException {
      DueItem item =
          new DueItem(
              ItemType.valueOf(r.getString(2)),
              r.getString(3),
              r.getDate(4).toLocalDate(),
              r.getInt(5));
      CardState card =
          r.getString(16) == null
              ? null
              : new CardState(
                  r.getString(16),
                  CardStatus.valueOf(r.getString(17)),
                  date(r, 18),
                  date(r, 19),
                  new ExpiryDates(date(r, 20), date(r, 21)),
                  r.getString(22),
                  r.getString(23));
      ResidentState state =
          new ResidentState(
              r.getString(1),
              ResidentStatus.valueOf(r.getString(6)),
              r.getString(7),
              r.getString(8),
              r.getString(9),
              r.getString(10),
              r.getString(11),
              date(r, 12),
              r.getString(13),
              r.getString(14),
              date(r, 15),
              card);
      CertificateState cert =
          r.getString(24) == null
              ? null
              : new CertificateState(
                  item.ref(),
                  CertificateStatus.valueOf(r.getString(24)),
                  new ExpiryDates(date(r, 25), date(r, 26)));
      return new Row(state, item, cert);
    }

    private static java.time.LocalDate date(ResultSet r, int column) throws SQLException {
      Date d = r.getDate(column);
      return d == null ? null : d.toLocalDate();
    }
  }
}
