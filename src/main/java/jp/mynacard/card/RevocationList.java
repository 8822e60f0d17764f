package jp.mynacard.card;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.sql.DataSource;
import jp.mynacard.pki.CrlBuilder;
import jp.mynacard.pki.CrlEntry;
import jp.mynacard.registry.RevocationReason;

/**
 * The current CRL, kept in memory and served again as long as {@link CrlFreshness} says it holds: a
 * request then costs one read of a single row ({@link CertificateChanges}), no scan of the
 * certificates. When the change count moved, the day changed or half the validity passed, the
 * entries are read from the registry (held certificates with certificateHold, revoked ones with
 * their reason, none past its expiry date: RFC 5280 §3.3 lets those go), so a released hold leaves
 * the next CRL. A new CRL, with the next number, is issued when the entries differ from the last
 * issued CRL's or half its validity has passed; otherwise the last one is served again, rebuilt
 * from its recorded number and times, which gives the same bytes. The number is the primary key of
 * {@code crl_issue}: two servers issuing at once cannot both take it, and the loser serves the
 * winner's.
 */
@ApplicationScoped
public class RevocationList {
  private static final String ENTRIES =
      "SELECT serial, cert_status, revocation_reason, status_changed_at, issued_on"
          + " FROM certificate WHERE cert_status <> 'ACTIVE' AND expires_on >= ?"
          + " ORDER BY serial";
  private static final String LAST =
      "SELECT crl_number, this_update, next_update, entries_sha256 FROM crl_issue"
          + " ORDER BY crl_number DESC FETCH FIRST 1 ROWS ONLY";
  private static final String ISSUE =
      "INSERT INTO crl_issue (crl_number, this_update, next_update, entry_count, entries_sha256)"
          + " VALUES (?, ?, ?, ?, ?)";

  @Resource(lookup = "jdbc/mynacard")
  private DataSource dataSource;

  @Inject CrlSettings settings;

  @Inject CertificateChanges changes;

  private record Issued(long number, Instant thisUpdate, Instant nextUpdate, String sha256) {}

  private record Served(Issued issued, byte[] der, CrlFreshness.Basis basis) {}

  private volatile Served last;

  /** The DER of the current CRL. */
  public byte[] current() throws SQLException, IOException, GeneralSecurityException {
    Served served = last;
    if (served != null && reusable(served, basis(), Instant.now())) {
      return served.der();
    }
    return rebuild();
  }

  /**
   * One request at a time reads the entries: those that waited find the CRL the first one built.
   * The basis is read before the entries, so a change committed in between is in the entries or
   * moves the count for the next request; it is never lost.
   */
  private synchronized byte[] rebuild() throws SQLException, IOException, GeneralSecurityException {
    Instant now = Instant.now();
    CrlFreshness.Basis basis = basis();
    Served served = last;
    if (served != null && reusable(served, basis, now)) {
      return served.der();
    }
    List<CrlEntry> entries = entries(basis.day());
    String sha256 = digest(entries);
    if (served != null && fresh(served.issued(), sha256, now)) {
      last = new Served(served.issued(), served.der(), basis);
      return served.der();
    }
    Issued issued = issue(sha256, entries.size(), now);
    byte[] der =
        new CrlBuilder(settings.identity())
            .build(issued.number(), issued.thisUpdate(), issued.nextUpdate(), entries);
    last = new Served(issued, der, basis);
    return der;
  }

  private CrlFreshness.Basis basis() throws SQLException {
    return new CrlFreshness.Basis(changes.current(), LocalDate.now(CardStatusReader.TOKYO));
  }

  private boolean reusable(Served served, CrlFreshness.Basis basis, Instant now) {
    return freshness().reusable(served.basis(), basis, served.issued().thisUpdate(), now);
  }

  private boolean fresh(Issued issued, String sha256, Instant now) {
    return issued.sha256().equals(sha256) && now.isBefore(freshness().halfway(issued.thisUpdate()));
  }

  private CrlFreshness freshness() {
    return new CrlFreshness(settings.validity());
  }

  /** The last issued CRL if still fresh for these entries, else a new one with the next number. */
  private Issued issue(String sha256, int count, Instant now) throws SQLException {
    for (int attempt = 0; ; attempt++) {
      try (Connection c = dataSource.getConnection()) {
        Issued newest = newest(c);
        if (newest != null && fresh(newest, sha256, now)) {
          return newest;
        }
        Instant thisUpdate = now.truncatedTo(ChronoUnit.SECONDS);
        Issued next =
            new Issued(
                newest == null ? 1 : newest.number() + 1,
                thisUpdate,
                thisUpdate.plus(settings.validity()),
                sha256);
        try (PreparedStatement s = c.prepareStatement(ISSUE)) {
          s.setLong(1, next.number());
          s.setTimestamp(2, utc(next.thisUpdate()));
          s.setTimestamp(3, utc(next.nextUpdate()));
          s.setInt(4, count);
          s.setString(5, sha256);
          s.executeUpdate();
          return next;
        } catch (SQLException taken) {
          // another server issued this number first: read again and serve theirs or the next
          if (attempt >= 3) {
            throw taken;
          }
        }
      }
    }
  }

  private static Issued newest(Connection c) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(LAST);
        ResultSet r = s.executeQuery()) {
      if (!r.next()) {
        return null;
      }
      return new Issued(
          r.getLong(1), instant(r.getTimestamp(2)), instant(r.getTimestamp(3)), r.getString(4));
    }
  }

  private List<CrlEntry> entries(LocalDate today) throws SQLException {
    List<CrlEntry> entries = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(ENTRIES)) {
      s.setDate(1, Date.valueOf(today));
      s.setFetchSize(1000);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          Timestamp changed = r.getTimestamp(4);
          // a certificate the import found revoked may carry no time: its issue date, the
          // earliest it can have been revoked, rather than a time that moves with each request
          Instant at =
              changed != null
                  ? instant(changed).truncatedTo(ChronoUnit.SECONDS)
                  : r.getDate(5).toLocalDate().atStartOfDay().toInstant(ZoneOffset.UTC);
          String reason = r.getString(3);
          int code =
              "HELD".equals(r.getString(2))
                  ? CrlEntry.CERTIFICATE_HOLD
                  : reason == null
                      ? RevocationReason.CESSATION_OF_OPERATION.code()
                      : RevocationReason.valueOf(reason).code();
          entries.add(new CrlEntry(new BigInteger(r.getString(1), 16), at, code));
        }
      }
    }
    return entries;
  }

  private static String digest(List<CrlEntry> entries) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (CrlEntry e : entries) {
        md.update(
            (e.serial().toString(16) + " " + e.revokedAt() + " " + e.reasonCode() + "\n")
                .getBytes(StandardCharsets.US_ASCII));
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Timestamp utc(Instant t) {
    return Timestamp.valueOf(LocalDateTime.ofInstant(t, ZoneOffset.UTC));
  }

  private static Instant instant(Timestamp t) {
    return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
  }
}
