package jp.mynacard.importer;

import java.time.LocalDate;
import jp.mynacard.registry.CertificateKind;
import jp.mynacard.validity.ValidityRules;

/**
 * The validated columns of one certificate, with kept and computed expiry as for cards.
 *
 * @param sixthBirthday the recorded date when it is the 6th birthday after issue (an early renewal,
 *     which only the registry's replaced certificate can confirm), else null; {@code
 *     computedExpiresOn} is then still the 5th birthday's date
 */
public record CertificateData(
    CertificateKind kind,
    String serial,
    LocalDate issuedOn,
    LocalDate expiresOn,
    LocalDate computedExpiresOn,
    LocalDate sixthBirthday) {

  public LocalDate effectiveExpiresOn() {
    return ValidityRules.effectiveExpiry(expiresOn, computedExpiresOn);
  }

  /** The column of this certificate's expiry in the extract. */
  RegistryColumn expiresColumn() {
    return kind == CertificateKind.USER_IDENTIFICATION
        ? RegistryColumn.USER_CERT_EXPIRES_ON
        : RegistryColumn.SIGN_CERT_EXPIRES_ON;
  }
}
