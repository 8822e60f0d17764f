package jp.mynacard.card;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import jp.mynacard.card.CardStatusView.CertificateView;
import jp.mynacard.card.CardStatusView.PinView;
import jp.mynacard.card.CardStatusView.RenewalWindowView;
import jp.mynacard.card.CardStatusView.ReturnedLetterView;
import jp.mynacard.card.CardStatusView.SuspensionView;
import jp.mynacard.registry.PinKind;
import jp.mynacard.registry.RevocationReason;
import jp.mynacard.returned.LastReturns;
import jp.mynacard.validity.RenewalWindow;

/**
 * Reads a card's status view with two indexed queries on one connection (card with both
 * certificates, PIN locks and the open suspension; the resident's last returned letter): the call
 * center's most frequent question, so plain JDBC rather than entities and their lazy loads. Inside
 * a transaction it sees that transaction's changes (the caller flushes first).
 */
@ApplicationScoped
public class CardStatusReader {
  static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

  private static final String CARD =
      "SELECT c.card_id, c.resident_id, c.card_status, c.status_changed_at, c.issued_on,"
          + " c.expires_on,"
          + " u.serial, u.cert_status, u.revocation_reason, u.status_changed_at, u.issued_on,"
          + " u.expires_on,"
          + " s.serial, s.cert_status, s.revocation_reason, s.status_changed_at, s.issued_on,"
          + " s.expires_on,"
          + " o.reason, o.channel, o.reported_at, o.suspended_at, o.suspended_by,"
          + " p.pin, p.locked_at,"
          + " c.effective_expires_on, u.effective_expires_on, s.effective_expires_on"
          + " FROM card c"
          + " LEFT JOIN certificate u ON u.serial = c.user_cert_serial"
          + " LEFT JOIN certificate s ON s.serial = c.sign_cert_serial"
          + " LEFT JOIN card_suspension o ON o.card_id = c.card_id AND o.cancelled_at IS NULL"
          + " LEFT JOIN pin_lock p ON p.card_id = c.card_id"
          + " WHERE c.card_id = ?";

  private final RenewalWindow window = RenewalWindow.threeMonths();

  @Resource(lookup = "jdbc/mynacard")
  private DataSource dataSource;

  /** The card's view, or {@link CardNotFound}. */
  public CardStatusView read(String cardId) throws SQLException {
    LocalDate today = LocalDate.now(TOKYO);
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(CARD)) {
      s.setString(1, cardId);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          throw new CardNotFound();
        }
        CardStatusView v = card(r, today);
        v.suspension = suspension(r);
        if (v.suspension == null && "SUSPENDED".equals(v.status)) {
          // suspended by the resident-record extract, which carries no loss report
          v.suspension = new SuspensionView();
          v.suspension.channel = "registry import";
          v.suspension.suspendedAt = v.statusChangedAt;
        }
        // one row per locked PIN (at most four), or one row with no PIN
        Map<PinKind, Timestamp> locked = new EnumMap<>(PinKind.class);
        do {
          String pin = r.getString(24);
          if (pin != null) {
            locked.put(PinKind.valueOf(pin), r.getTimestamp(25));
          }
        } while (r.next());
        v.pins = pins(locked);
        v.lastReturnedLetter = lastReturned(c, v.residentId);
        return v;
      }
    }
  }

  private static ReturnedLetterView lastReturned(Connection c, String residentId)
      throws SQLException {
    return LastReturns.of(c, residentId)
        .map(
            last -> {
              ReturnedLetterView v = new ReturnedLetterView();
              v.letterId = last.letterId();
              v.returnedOn = last.returnedOn().toString();
              v.reason = last.reason().name();
              v.paperStopped = last.paperStopped();
              return v;
            })
        .orElse(null);
  }

  private CardStatusView card(ResultSet r, LocalDate today) throws SQLException {
    CardStatusView v = new CardStatusView();
    v.cardId = r.getString(1);
    v.residentId = r.getString(2);
    v.status = r.getString(3);
    v.statusChangedAt = instant(r.getTimestamp(4));
    LocalDate expiresOn = r.getDate(6).toLocalDate();
    v.issuedOn = r.getDate(5).toLocalDate().toString();
    v.expiresOn = expiresOn.toString();
    v.expired = today.isAfter(expiresOn);
    // the window of the date the resident is told, the earlier of recorded and computed
    LocalDate told = r.getDate(26).toLocalDate();
    LocalDate opensOn = window.opensOn(told);
    v.renewalWindow = new RenewalWindowView();
    v.renewalWindow.opensOn = opensOn.toString();
    v.renewalWindow.expiresOn = told.toString();
    v.renewalWindow.state =
        today.isAfter(told) ? "EXPIRED" : today.isBefore(opensOn) ? "NOT_YET_OPEN" : "OPEN";
    v.certificates = new ArrayList<>(2);
    certificate(r, 7, 27, "USER_IDENTIFICATION", today, v.certificates);
    certificate(r, 13, 28, "SIGNATURE", today, v.certificates);
    return v;
  }

  private void certificate(
      ResultSet r, int first, int told, String kind, LocalDate today, List<CertificateView> into)
      throws SQLException {
    String serial = r.getString(first);
    if (serial == null) {
      return;
    }
    CertificateView v = new CertificateView();
    v.kind = kind;
    v.serial = serial;
    v.status = r.getString(first + 1);
    String reason = r.getString(first + 2);
    v.revocationReason = reason == null ? null : RevocationReason.valueOf(reason).rfcName();
    v.statusChangedAt = instant(r.getTimestamp(first + 3));
    v.issuedOn = date(r.getDate(first + 4));
    LocalDate expiresOn = r.getDate(first + 5).toLocalDate();
    v.expiresOn = expiresOn.toString();
    v.expired = today.isAfter(expiresOn);
    v.renewalOpensOn = window.opensOn(r.getDate(told).toLocalDate()).toString();
    into.add(v);
  }

  private static List<PinView> pins(Map<PinKind, Timestamp> locked) {
    List<PinView> pins = new ArrayList<>(PinKind.values().length);
    for (PinKind kind : PinKind.values()) {
      PinView p = new PinView();
      p.pin = kind.name();
      p.locked = locked.containsKey(kind);
      p.lockedAt = instant(locked.get(kind));
      p.wrongTriesToLock = kind.wrongTriesToLock();
      pins.add(p);
    }
    return pins;
  }

  private static SuspensionView suspension(ResultSet r) throws SQLException {
    String reason = r.getString(19);
    if (reason == null) {
      return null;
    }
    SuspensionView v = new SuspensionView();
    v.reason = reason;
    v.channel = r.getString(20);
    v.reportedAt = instant(r.getTimestamp(21));
    v.suspendedAt = instant(r.getTimestamp(22));
    v.suspendedBy = r.getString(23);
    return v;
  }

  /** A UTC timestamp column as an ISO instant. */
  static String instant(Timestamp t) {
    return t == null ? null : t.toLocalDateTime().toInstant(ZoneOffset.UTC).toString();
  }

  private static String date(Date d) {
    return d == null ? null : d.toLocalDate().toString();
  }
}
