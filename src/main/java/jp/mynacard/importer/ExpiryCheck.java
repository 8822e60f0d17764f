package jp.mynacard.importer;

import static jp.mynacard.importer.RegistryColumn.CARD_APPLICATION_RECEIVED_ON;
import static jp.mynacard.importer.RegistryColumn.CARD_EXPIRES_ON;

import java.time.LocalDate;
import java.util.List;
import jp.mynacard.registry.CardStatus;
import jp.mynacard.registry.CertificateKind;
import jp.mynacard.validity.Expiry;
import jp.mynacard.validity.ExpiryBasis;
import jp.mynacard.validity.Holder;
import jp.mynacard.validity.ValidityException;
import jp.mynacard.validity.ValidityRules;

/**
 * Computes a row's expiry dates and compares them with the recorded ones. A recorded date that
 * differs is kept (it is what the card says) and reported as an anomaly; the item is told on the
 * earlier of the two (the guidance reports re-issued cards recorded one year too long).
 *
 * <p>Two recorded dates are explained rather than reported. A foreign resident's card recorded
 * earlier than the birthday rule's date ends with a period of stay: when the registry's stay now
 * ends later (renewed) or the status has none any more, the card still ends on its own date until
 * its validity is changed at the counter, so that date is the computed one. A certificate recorded
 * on the 6th birthday after issue is an early renewal only if the registry holds the certificate it
 * replaced: that is decided when the row is merged ({@link CertificateData#sixthBirthday}).
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
    Expiry rule;
    try {
      rule = rules.cardExpiry(holder, applied, issued);
    } catch (ValidityException e) {
      throw new FieldException(RegistryColumn.CARD_ISSUED_ON, e.getMessage());
    }
    LocalDate computed = rule.date();
    if (rule.basis() == ExpiryBasis.CARD_FIFTH_BIRTHDAY_APPLICATION_UNKNOWN) {
      anomaly(
          CARD_APPLICATION_RECEIVED_ON,
          "",
          "",
          "no application date: issued on or after 2022-04-01 at 18 or 19, the card lasts 5 or 10"
              + " years depending on when the application was received; the shorter, "
              + computed
              + ", is taken until the date is recorded");
    }
    if (endsWithEarlierStay(holder, applied, issued, recorded, computed)) {
      computed = recorded;
    } else {
      compare(CARD_EXPIRES_ON, recorded, computed, "card: " + rule.rule());
    }
    return new CardData(cardId, applied, issued, keep(recorded, computed), computed, status);
  }

  private boolean endsWithEarlierStay(
      Holder holder, LocalDate applied, LocalDate issued, LocalDate recorded, LocalDate computed) {
    return recorded != null
        && recorded.isBefore(computed)
        && !recorded.isBefore(issued)
        && rules.cardEndsWithStay(
            holder.nationality(), holder.birthDate(), applied, issued, recorded);
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
    LocalDate cardDate = card.effectiveExpiresOn();
    Expiry regular = rules.userCertExpiry(holder, issued, cardDate, null);
    // a renewal inside the window runs to the 6th birthday: the same rule with a predecessor
    // that expires just after this issue date
    Expiry early = rules.userCertExpiry(holder, issued, cardDate, issued.plusDays(1));
    LocalDate computed = capByUserCert(regular.date(), userCertComputed);
    LocalDate earlyComputed = capByUserCert(early.date(), userCertComputed);
    if (recorded != null && recorded.equals(earlyComputed) && !earlyComputed.equals(computed)) {
      return new CertificateData(kind, serial, issued, recorded, computed, earlyComputed);
    }
    compare(
        expiresColumn,
        recorded,
        computed,
        certName(kind)
            + ": "
            + regular.rule()
            + (userCertComputed != null ? ", capped by the user-identification certificate" : ""));
    return new CertificateData(kind, serial, issued, keep(recorded, computed), computed, null);
  }

  /**
   * The anomaly of a certificate recorded on its 6th birthday that no replaced certificate in the
   * registry confirms; it is told on its 5th birthday's date.
   */
  static Anomaly unconfirmedSixthBirthday(
      long line, String residentId, CertificateData cert, String why) {
    return new Anomaly(
        line,
        residentId,
        cert.expiresColumn().header(),
        cert.expiresOn().toString(),
        cert.computedExpiresOn().toString(),
        "recorded date kept; the 6th birthday after issue holds only for a certificate renewed"
            + " inside the window of the one it replaced, and "
            + why
            + "; told on "
            + cert.computedExpiresOn()
            + " (5th birthday after issue)");
  }

  private static LocalDate capByUserCert(LocalDate date, LocalDate userCert) {
    return userCert != null && userCert.isBefore(date) ? userCert : date;
  }

  private void compare(RegistryColumn column, LocalDate recorded, LocalDate computed, String rule) {
    if (recorded != null && !recorded.equals(computed)) {
      anomaly(
          column,
          recorded.toString(),
          computed.toString(),
          "recorded date kept; the rules give "
              + computed
              + " ("
              + rule
              + "); told on "
              + ValidityRules.effectiveExpiry(recorded, computed));
    }
  }

  private void anomaly(RegistryColumn column, String recorded, String expected, String note) {
    anomalies.add(new Anomaly(line, residentId, column.header(), recorded, expected, note));
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
