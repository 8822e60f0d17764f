package jp.mynacard.validity;

import java.time.LocalDate;

/**
 * Card validity: until the holder's 10th birthday after the issue date if the holder had reached
 * the age threshold on that date, else the 5th; for a foreign resident with a period of stay, no
 * later than the end of that stay.
 *
 * <p>Without an application date, a card issued from 2022-04-01 on to an 18- or 19-year-old could
 * have either length (applied before April 2022: threshold 20, five years; after: 18, ten years).
 * The shorter is taken, so that no resident is told a year late; the import reports the row.
 */
public final class CardExpiryRule {
  /** Applications received from this date use 18 as the threshold (the age of majority change). */
  public static final LocalDate THRESHOLD_18_FROM = LocalDate.of(2022, 4, 1);

  private final Birthdays birthdays;

  public CardExpiryRule(Birthdays birthdays) {
    this.birthdays = birthdays;
  }

  /**
   * @param applicationReceivedOn when the application was received; null when unknown
   */
  public Expiry expiresOn(Holder holder, LocalDate applicationReceivedOn, LocalDate issuedOn) {
    Expiry byAge = byBirthday(holder.birthDate(), applicationReceivedOn, issuedOn);
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
                        + (byAge.basis() == ExpiryBasis.CARD_TENTH_BIRTHDAY ? "10th" : "5th")
                        + " birthday after issue"))
        .orElse(byAge);
  }

  /** The birthday rule alone, without the cap of a period of stay. */
  public Expiry byBirthday(
      LocalDate birthDate, LocalDate applicationReceivedOn, LocalDate issuedOn) {
    if (applicationReceivedOn != null && applicationReceivedOn.isAfter(issuedOn)) {
      throw new ValidityException(
          "application received on "
              + applicationReceivedOn
              + " is after the issue date "
              + issuedOn);
    }
    int age = birthdays.ageOn(birthDate, issuedOn);
    if (applicationReceivedOn == null
        && !issuedOn.isBefore(THRESHOLD_18_FROM)
        && age >= 18
        && age < 20) {
      return new Expiry(
          birthdays.nthBirthdayAfter(birthDate, issuedOn, 5),
          ExpiryBasis.CARD_FIFTH_BIRTHDAY_APPLICATION_UNKNOWN,
          "5th birthday after issue: age "
              + age
              + " on the issue date and no application date (the threshold is 20 if it was"
              + " received before 2022-04-01, 18 after; the shorter validity is taken)");
    }
    LocalDate applied = applicationReceivedOn != null ? applicationReceivedOn : issuedOn;
    int threshold = applied.isBefore(THRESHOLD_18_FROM) ? 20 : 18;
    boolean adult = age >= threshold;
    // concatenated, not String.format: the import applies this rule to every card it reads
    String rule =
        (adult ? "10th" : "5th")
            + " birthday after issue: age "
            + age
            + " on the issue date, "
            + (adult ? "at or above " : "below ")
            + threshold
            + " (application received "
            + (threshold == 18 ? "on or after" : "before")
            + " 2022-04-01)";
    return new Expiry(
        birthdays.nthBirthdayAfter(birthDate, issuedOn, adult ? 10 : 5),
        adult ? ExpiryBasis.CARD_TENTH_BIRTHDAY : ExpiryBasis.CARD_FIFTH_BIRTHDAY,
        rule);
  }
}
