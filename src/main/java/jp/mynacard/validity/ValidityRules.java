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

  /** The card's date by the birthday rule alone, without the cap of a period of stay. */
  public Expiry cardByBirthday(
      LocalDate birthDate, LocalDate applicationReceivedOn, LocalDate issuedOn) {
    return card.byBirthday(birthDate, applicationReceivedOn, issuedOn);
  }

  /**
   * Whether a card ends with a period of stay (a STAY item) rather than by the birthday rule (a
   * CARD item): a foreign resident's card that expires before the birthday rule's date. Decided on
   * the card's own dates, never on the registry's current stay end, which after an extension or a
   * change of status already shows the new end while the card keeps the old one. A stay ending on
   * the 10th or 5th birthday itself ends the card by the birthday rule: a new card is needed.
   */
  public boolean cardEndsWithStay(
      String nationality,
      LocalDate birthDate,
      LocalDate applicationReceivedOn,
      LocalDate issuedOn,
      LocalDate cardExpiresOn) {
    return !Holder.JAPAN.equals(nationality)
        && cardExpiresOn.isBefore(
            cardByBirthday(birthDate, applicationReceivedOn, issuedOn).date());
  }

  /**
   * The date an item is scheduled and told on: the earlier of its recorded and computed expiry, so
   * that a card recorded one year too long is not told a year late (DESIGN.md §2).
   */
  public static LocalDate effectiveExpiry(LocalDate recorded, LocalDate computed) {
    if (recorded == null) {
      return computed;
    }
    return computed != null && computed.isBefore(recorded) ? computed : recorded;
  }
}
