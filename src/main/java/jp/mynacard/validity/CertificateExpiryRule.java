package jp.mynacard.validity;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Certificate validity: until the 5th birthday after the certificate's issue date, never past the
 * card; the signature certificate also never past the user-identification certificate. A
 * certificate issued inside the renewal window of the one it replaces runs to the 6th birthday, so
 * that renewing early loses nothing.
 *
 * <p>The early-renewal case is {@link RenewalWindow#renewedInside}: from the day the replaced
 * certificate's window opens up to, not including, its expiry date.
 */
public final class CertificateExpiryRule {
  /** No signature certificate is issued to a holder under this age (DESIGN.md §2). */
  public static final int SIGNATURE_MINIMUM_AGE = 15;

  private final Birthdays birthdays;
  private final RenewalWindow window;

  public CertificateExpiryRule(Birthdays birthdays, RenewalWindow window) {
    this.birthdays = birthdays;
    this.window = window;
  }

  /**
   * @param previousExpiresOn expiry of the certificate this one replaces, or null
   */
  public Expiry userCertificate(
      LocalDate birthDate,
      LocalDate issuedOn,
      LocalDate cardExpiresOn,
      LocalDate previousExpiresOn) {
    return byBirthday(birthDate, issuedOn, cardExpiresOn, previousExpiresOn);
  }

  /** Empty when the holder is under 15 on the issue date: no signature certificate is issued. */
  public Optional<Expiry> signatureCertificate(
      LocalDate birthDate,
      LocalDate issuedOn,
      LocalDate cardExpiresOn,
      LocalDate userCertExpiresOn,
      LocalDate previousExpiresOn) {
    if (!signatureIssuable(birthDate, issuedOn)) {
      return Optional.empty();
    }
    Expiry expiry = byBirthday(birthDate, issuedOn, cardExpiresOn, previousExpiresOn);
    if (userCertExpiresOn != null) {
      expiry =
          expiry.cappedBy(
              userCertExpiresOn,
              ExpiryBasis.CERT_CAPPED_BY_USER_CERT,
              "capped by the user-identification certificate's expiry");
    }
    return Optional.of(expiry);
  }

  public boolean signatureIssuable(LocalDate birthDate, LocalDate issuedOn) {
    return birthdays.ageOn(birthDate, issuedOn) >= SIGNATURE_MINIMUM_AGE;
  }

  private Expiry byBirthday(
      LocalDate birthDate,
      LocalDate issuedOn,
      LocalDate cardExpiresOn,
      LocalDate previousExpiresOn) {
    if (issuedOn.isAfter(cardExpiresOn)) {
      throw new ValidityException(
          "certificate issued on " + issuedOn + " after the card's expiry " + cardExpiresOn);
    }
    boolean early = previousExpiresOn != null && window.renewedInside(previousExpiresOn, issuedOn);
    Expiry expiry =
        early
            ? new Expiry(
                birthdays.nthBirthdayAfter(birthDate, issuedOn, 6),
                ExpiryBasis.CERT_SIXTH_BIRTHDAY_EARLY_RENEWAL,
                "6th birthday after issue: renewed inside the window of the certificate expiring "
                    + previousExpiresOn)
            : new Expiry(
                birthdays.nthBirthdayAfter(birthDate, issuedOn, 5),
                ExpiryBasis.CERT_FIFTH_BIRTHDAY,
                "5th birthday after issue");
    return expiry.cappedBy(
        cardExpiresOn, ExpiryBasis.CERT_CAPPED_BY_CARD, "capped by the card's expiry");
  }
}
