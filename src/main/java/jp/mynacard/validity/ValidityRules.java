package jp.mynacard.validity;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The validity rules as one entry point, configured once with the leap-day birthday policy.
 *
 * <p>Certificates are given the card's expiry as computed here, so that a wrongly recorded card
 * date (the guidance reports re-issued cards one year too long) does not spread to them.
 */
public final class ValidityRules {
  private final Birthdays birthdays;
  private final CardExpiryRule card;
  private final CertificateExpiryRule certificates;
  private final RenewalWindow renewalWindow;

  public ValidityRules(LeapDayBirthday leapDay) {
    this.birthdays = new Birthdays(leapDay);
    this.renewalWindow = RenewalWindow.threeMonths();
    this.card = new CardExpiryRule(birthdays);
    this.certificates = new CertificateExpiryRule(birthdays, renewalWindow);
  }

  public static ValidityRules standard() {
    return new ValidityRules(LeapDayBirthday.FEB_28);
  }

  public Birthdays birthdays() {
    return birthdays;
  }

  public RenewalWindow renewalWindow() {
    return renewalWindow;
  }

  public Expiry cardExpiry(Holder holder, LocalDate applicationReceivedOn, LocalDate issuedOn) {
    return card.expiresOn(holder, applicationReceivedOn, issuedOn);
  }

  public Expiry userCertExpiry(
      Holder holder, LocalDate issuedOn, LocalDate cardExpiresOn, LocalDate previousExpiresOn) {
    return certificates.userCertificate(
        holder.birthDate(), issuedOn, cardExpiresOn, previousExpiresOn);
  }

  public Optional<Expiry> signCertExpiry(
      Holder holder,
      LocalDate issuedOn,
      LocalDate cardExpiresOn,
      LocalDate userCertExpiresOn,
      LocalDate previousExpiresOn) {
    return certificates.signatureCertificate(
        holder.birthDate(), issuedOn, cardExpiresOn, userCertExpiresOn, previousExpiresOn);
  }

  public boolean signCertIssuable(Holder holder, LocalDate issuedOn) {
    return certificates.signatureIssuable(holder.birthDate(), issuedOn);
  }

  public LocalDate renewalOpensOn(LocalDate expiresOn) {
    return renewalWindow.opensOn(expiresOn);
  }
}
