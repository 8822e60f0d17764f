package jp.mynacard.validity;

import java.time.LocalDate;

/**
 * Card validity: until the holder's 10th birthday after the issue date if the holder had reached
 * the age threshold on that date, else the 5th; for a foreign resident with a period of stay, no
 * later than the end of that stay.
 */
public final class CardExpiryRule {
  /** Applications received from this date use 18 as the threshold (the age of majority change). */
  public static final LocalDate THRESHOLD_18_FROM = LocalDate.of(2022, 4, 1);

  private final Birthdays birthdays;

  public CardExpiryRule(Birthdays birthdays) {
    this.birthdays = birthdays;
  }

  /**
   * @param applicationReceivedOn when the application was received; null means the issue date
   */
  public Expiry expiresOn(Holder holder, LocalDate applicationReceivedOn, LocalDate issuedOn) {
    LocalDate applied = applicationReceivedOn != null ? applicationReceivedOn : issuedOn;
    if (applied.isAfter(issuedOn)) {
      throw new ValidityException(
          "application received on " + applied + " is after the issue date " + issuedOn);
    }
    int threshold = applied.isBefore(THRESHOLD_18_FROM) ? 20 : 18;
    int age = birthdays.ageOn(holder.birthDate(), issuedOn);
    boolean adult = age >= threshold;
    int years = adult ? 10 : 5;
    String rule =
        String.format(
            "%s birthday after issue: age %d on the issue date, %s %d (application received %s 2022-04-01)",
            adult ? "10th" : "5th",
            age,
            adult ? "at or above" : "below",
            threshold,
            threshold == 18 ? "on or after" : "before");
    Expiry byAge =
        new Expiry(
            birthdays.nthBirthdayAfter(holder.birthDate(), issuedOn, years),
            adult ? ExpiryBasis.CARD_TENTH_BIRTHDAY : ExpiryBasis.CARD_FIFTH_BIRTHDAY,
            rule);
    return holder
        .periodOfStayEnd()
        .map(
            stayEnd ->
                byAge.cappedBy(
                    stayEnd,
                    ExpiryBasis.CARD_END_OF_STAY,
                    "end of the period of stay (status "
                        + holder.residenceStatus()
                        + "), earlier than the "
                        + (adult ? "10th" : "5th")
                        + " birthday after issue"))
        .orElse(byAge);
  }
}
