package jp.mynacard.importer;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.mynacard.card.CardTransitions;
import jp.mynacard.card.CardTransitions.CardState;
import jp.mynacard.card.CardTransitions.CertificateState;
import jp.mynacard.registry.BulkInsert;
import jp.mynacard.registry.CardStatus;

/**
 * The rows that residents new to the registry add to each table, as column lists and values
 * (String, LocalDate, LocalDateTime, Boolean, Long or null), written once for both loaders.
 */
final class NewRegistryRows {
  static final String RESIDENT_COLUMNS =
      "resident_id, number_hash, number_sealed, family_name,"
          + " given_name, family_name_kana, given_name_kana, birth_date, sex, postal_code, address,"
          + " nationality, residence_status, stay_expires_on, lang, email, email_consent,"
          + " resident_status, current_card_id, updated_at, import_instance, import_line, row_version";
  static final String CARD_COLUMNS =
      "card_id, resident_id, application_received_on, issued_on,"
          + " expires_on, computed_expires_on, effective_expires_on, card_status, user_cert_serial,"
          + " sign_cert_serial, row_version";
  static final String CERTIFICATE_COLUMNS =
      "serial, card_id, kind, issued_on, expires_on,"
          + " computed_expires_on, effective_expires_on, cert_status, revocation_reason, row_version";

  final List<Object[]> residents = new ArrayList<>();
  final List<Object[]> cards = new ArrayList<>();
  final List<Object[]> certificates = new ArrayList<>();

  /** Inserts the rows of residents new to the registry, parents first (foreign keys). */
  static void insert(Connection c, List<ImportRow> rows, long instance, LocalDateTime now)
      throws SQLException {
    NewRegistryRows fresh = new NewRegistryRows(rows, instance, now);
    BulkInsert inserts = BulkInsert.forConnection(c);
    inserts.insert(c, "resident", RESIDENT_COLUMNS, fresh.residents);
    inserts.insert(c, "card", CARD_COLUMNS, fresh.cards);
    inserts.insert(c, "certificate", CERTIFICATE_COLUMNS, fresh.certificates);
  }

  NewRegistryRows(List<ImportRow> rows, long instance, LocalDateTime now) {
    for (ImportRow row : rows) {
      residents.add(resident(row, instance, now));
      if (row.card() != null) {
        cards.add(card(row));
        certificate(row, row.userCert());
        certificate(row, row.signCert());
      }
    }
  }

  private static Object[] resident(ImportRow row, long instance, LocalDateTime now) {
    ResidentData r = row.resident();
    return new Object[] {
      r.residentId(),
      row.number().hash(),
      row.number().sealed(),
      r.familyName(),
      r.givenName(),
      r.familyNameKana(),
      r.givenNameKana(),
      r.birthDate(),
      r.sex(),
      r.postalCode(),
      r.address(),
      r.nationality(),
      r.residenceStatus(),
      r.stayExpiresOn(),
      r.language(),
      r.email(),
      r.emailConsent(),
      r.status().name(),
      row.card() == null ? null : row.card().cardId(),
      now,
      instance,
      row.line(),
      1L
    };
  }

  private static Object[] card(ImportRow row) {
    CardData c = row.card();
    return new Object[] {
      c.cardId(),
      row.residentId(),
      c.applicationReceivedOn(),
      c.issuedOn(),
      c.expiresOn(),
      c.computedExpiresOn(),
      c.effectiveExpiresOn(),
      c.status().name(),
      row.userCert() == null ? null : row.userCert().serial(),
      row.signCert() == null ? null : row.signCert().serial(),
      1L
    };
  }

  private void certificate(ImportRow row, CertificateData cert) {
    if (cert == null) {
      return;
    }
    // a certificate of a card the extract says is suspended or abolished starts as the counter's
    // rules leave it: the same transitions as a loss report or an abolition
    CertificateState state =
        CardTransitions.toExtractStatus(
                new CardState(CardStatus.ACTIVE, Map.of(cert.kind(), CertificateState.ACTIVE)),
                row.card().status())
            .orElseThrow()
            .certificate(cert.kind());
    certificates.add(
        new Object[] {
          cert.serial(),
          row.card().cardId(),
          cert.kind().name(),
          cert.issuedOn(),
          cert.expiresOn(),
          cert.computedExpiresOn(),
          cert.effectiveExpiresOn(),
          state.status().name(),
          state.reason() == null ? null : state.reason().name(),
          1L
        });
  }
}
