package jp.mynacard.importer;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import jp.mynacard.registry.CertificateStateRule;
import jp.mynacard.registry.RevocationReason;

/**
 * Inserts residents that are new to the registry, with their card and certificates, as JDBC
 * batches on the chunk's connection: per-entity JPA inserts cannot reach the import's 20,000
 * rows/s, while batches (multi-row inserts on PostgreSQL) do. Column names are the entities'.
 */
final class RegistryInserts {
  private static final String RESIDENT = "INSERT INTO resident (resident_id, number_hash,"
      + " number_sealed, family_name, given_name, family_name_kana, given_name_kana, birth_date,"
      + " sex, postal_code, address, nationality, residence_status, stay_expires_on, lang, email,"
      + " email_consent, resident_status, current_card_id, updated_at, import_instance,"
      + " import_line, row_version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,1)";
  private static final String CARD = "INSERT INTO card (card_id, resident_id,"
      + " application_received_on, issued_on, expires_on, computed_expires_on, card_status,"
      + " user_cert_serial, sign_cert_serial, row_version) VALUES (?,?,?,?,?,?,?,?,?,1)";
  private static final String CERTIFICATE = "INSERT INTO certificate (serial, card_id, kind,"
      + " issued_on, expires_on, computed_expires_on, cert_status, revocation_reason,"
      + " row_version) VALUES (?,?,?,?,?,?,?,?,1)";

  private RegistryInserts() {}

  static void insert(Connection c, List<ImportRow> rows, long instance, LocalDateTime now)
      throws SQLException {
    try (PreparedStatement residents = c.prepareStatement(RESIDENT);
        PreparedStatement cards = c.prepareStatement(CARD);
        PreparedStatement certs = c.prepareStatement(CERTIFICATE)) {
      for (ImportRow row : rows) {
        addResident(residents, row, instance, now);
        if (row.card() != null) {
          addCard(cards, row);
          addCertificate(certs, row, row.userCert());
          addCertificate(certs, row, row.signCert());
        }
      }
      residents.executeBatch();
      cards.executeBatch();
      certs.executeBatch();
    }
  }

  private static void addResident(PreparedStatement s, ImportRow row, long instance,
      LocalDateTime now) throws SQLException {
    ResidentData r = row.resident();
    s.setString(1, r.residentId());
    s.setString(2, row.number().hash());
    s.setString(3, row.number().sealed());
    s.setString(4, r.familyName());
    s.setString(5, r.givenName());
    setString(s, 6, r.familyNameKana());
    setString(s, 7, r.givenNameKana());
    setDate(s, 8, r.birthDate());
    s.setString(9, r.sex());
    s.setString(10, r.postalCode());
    s.setString(11, r.address());
    s.setString(12, r.nationality());
    setString(s, 13, r.residenceStatus());
    setDate(s, 14, r.stayExpiresOn());
    s.setString(15, r.language());
    setString(s, 16, r.email());
    s.setBoolean(17, r.emailConsent());
    s.setString(18, r.status().name());
    setString(s, 19, row.card() == null ? null : row.card().cardId());
    s.setTimestamp(20, Timestamp.valueOf(now));
    s.setLong(21, instance);
    s.setLong(22, row.line());
    s.addBatch();
  }

  private static void addCard(PreparedStatement s, ImportRow row) throws SQLException {
    CardData card = row.card();
    s.setString(1, card.cardId());
    s.setString(2, row.residentId());
    setDate(s, 3, card.applicationReceivedOn());
    setDate(s, 4, card.issuedOn());
    setDate(s, 5, card.expiresOn());
    setDate(s, 6, card.computedExpiresOn());
    s.setString(7, card.status().name());
    setString(s, 8, row.userCert() == null ? null : row.userCert().serial());
    setString(s, 9, row.signCert() == null ? null : row.signCert().serial());
    s.addBatch();
  }

  private static void addCertificate(PreparedStatement s, ImportRow row, CertificateData cert)
      throws SQLException {
    if (cert == null) {
      return;
    }
    s.setString(1, cert.serial());
    s.setString(2, row.card().cardId());
    s.setString(3, cert.kind().name());
    setDate(s, 4, cert.issuedOn());
    setDate(s, 5, cert.expiresOn());
    setDate(s, 6, cert.computedExpiresOn());
    s.setString(7, CertificateStateRule.statusFor(row.card().status(), cert.kind()).name());
    RevocationReason reason = CertificateStateRule.reasonFor(row.card().status(), cert.kind());
    setString(s, 8, reason == null ? null : reason.name());
    s.addBatch();
  }

  private static void setString(PreparedStatement s, int i, String v) throws SQLException {
    if (v == null) {
      s.setNull(i, Types.VARCHAR);
    } else {
      s.setString(i, v);
    }
  }

  private static void setDate(PreparedStatement s, int i, LocalDate d) throws SQLException {
    if (d == null) {
      s.setNull(i, Types.DATE);
    } else {
      s.setDate(i, Date.valueOf(d));
    }
  }
}
