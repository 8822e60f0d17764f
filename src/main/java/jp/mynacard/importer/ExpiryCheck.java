package jp.mynacard.importer;

import static jp.mynacard.importer.RegistryColumn.CARD_EXPIRES_ON;

import java.time.LocalDate;
import java.util.List;
import jp.mynacard.registry.CardStatus;
import jp.mynacard.registry.CertificateKind;
import jp.mynacard.validity.Expiry;
import jp.mynacard.validity.Holder;
import jp.mynacard.validity.ValidityException;
import jp.mynacard.validity.ValidityRules;

/**
 * Computes a row's expiry dates and compares them with the recorded ones. A recorded date that
 * differs is kept (it is what the card says) and reported as an anomaly; the guidance reports
 * re-issued cards recorded one year too long.
 *
 * <p>The extract says nothing about the certificate a new one replaced, so a recorded certificate
 * date on the 6th birthday after issue is taken as an early renewal rather than reported.
 */
final class ExpiryCheck {
  private final ValidityRules rules;
  private final long line;
  private final String residentId;
  private final List<Anomaly> anomalies;

  ExpiryCheck(ValidityRules rules, long line, String residentId, List<Anomaly> anomalies) {
    this.rules = rules;
    this.line = line;
    this.residentId = residentId;
    this.anomalies = anomalies;
  }

  CardData card(
      Holder holder,
      String cardId,
      LocalDate applied,
      LocalDate issued,
      LocalDate recorded,
      CardStatus status) {
    Expiry computed;
    try {
      computed = rules.cardExpiry(holder, applied, issued);
    } catch (ValidityException e) {
      throw new FieldException(RegistryColumn.CARD_ISSUED_ON, e.getMessage());
    }
    compare(CARD_EXPIRES_ON, recorded, computed.date(), "card: " + computed.rule());
    return new CardData(
        cardId, applied, issued, keep(recorded, computed.date()), computed.date(), status);
  }

  CertificateData certificate(
      Holder holder,
      CertificateKind kind,
      String serial,
      LocalDate issued,
      LocalDate recorded,
      CardData card,
      LocalDate userCertComputed,
      RegistryColumn expiresColumn) {
    Expiry regular = rules.userCertExpiry(holder, issued, card.computedExpiresOn(), null);
    // a renewal inside the window runs to the 6th birthday: the same rule with a predecessor
    // that expires just after this issue date
    Expiry early =
        rules.userCertExpiry(holder, issued, card.computedExpiresOn(), issued.plusDays(1));
    LocalDate computed = capByUserCert(regular.date(), userCertComputed);
    LocalDate earlyComputed = capByUserCert(early.date(), userCertComputed);
    if (recorded != null && recorded.equals(earlyComputed)) {
      computed = earlyComputed;
    } else {
      compare(
          expiresColumn,
          recorded,
          computed,
          certName(kind)
              + ": "
              + regular.rule()
              + (userCertComputed != null
                  ? ", capped by the user-identification certificate"
                  : ""));
    }
    return new CertificateData(kind, serial, issued, keep(recorded, computed), computed);
  }

  private static LocalDate capByUserCert(LocalDate date, LocalDate userCert) {
    return userCert != null && userCert.isBefore(date) ? userCert : date;
  }

  private void compare(RegistryColumn column, LocalDate recorded, LocalDate computed, String rule) {
    if (recorded != null && !recorded.equals(computed)) {
      anomalies.add(
          new Anomaly(
              line,
              residentId,
              column.header(),
              recorded.toString(),
              computed.toString(),
              "recorded date kept; the rules give " + computed + " (" + rule + ")"));
    }
  }

  private static LocalDate keep(LocalDate recorded, LocalDate computed) {
    return recorded != null ? recorded : computed;
  }

  private static String certName(CertificateKind kind) {
    return kind == CertificateKind.USER_IDENTIFICATION
        ? "user-identification certificate"
        : "signature certificate";
  }
}
