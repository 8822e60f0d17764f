package jp.mynacard.validity;

import static java.time.LocalDate.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CardExpiryRuleTest {
  private final CardExpiryRule rule = new CardExpiryRule(new Birthdays(LeapDayBirthday.FEB_28));
  private final CardExpiryRule march1 = new CardExpiryRule(new Birthdays(LeapDayBirthday.MAR_1));

  private static Holder foreign(LocalDate birth, String status, LocalDate stayEnd) {
    return new Holder(birth, "VN", ResidenceStatus.parse(status), stayEnd);
  }

  @Test
  void adultCardLastsUntilTheTenthBirthdayAfterIssue() {
    Expiry e = rule.expiresOn(Holder.national(of(1980, 5, 10)), null, of(2023, 1, 20));
    assertEquals(of(2032, 5, 10), e.date());
    assertEquals(ExpiryBasis.CARD_TENTH_BIRTHDAY, e.basis());
  }

  @Test
  void cardIssuedTheDayBeforeABirthdayCountsThatBirthdayAsTheFirst() {
    assertEquals(
        of(2029, 6, 15),
        rule.expiresOn(Holder.national(of(1990, 6, 15)), null, of(2020, 6, 14)).date());
  }

  @Test
  void cardIssuedOnTheBirthdayDoesNotCountThatBirthday() {
    assertEquals(
        of(2030, 6, 15),
        rule.expiresOn(Holder.national(of(1990, 6, 15)), null, of(2020, 6, 15)).date());
  }

  @Test
  void cardIssuedTheDayAfterABirthdayCountsFromTheNextYear() {
    assertEquals(
        of(2030, 6, 15),
        rule.expiresOn(Holder.national(of(1990, 6, 15)), null, of(2020, 6, 16)).date());
  }

  @Test
  void cardIssuedAt19AfterApril2022LastsTenYears() {
    Expiry e = rule.expiresOn(Holder.national(of(2004, 1, 10)), of(2022, 4, 1), of(2023, 5, 1));
    assertEquals(of(2033, 1, 10), e.date());
    assertEquals(ExpiryBasis.CARD_TENTH_BIRTHDAY, e.basis());
  }

  @Test
  void cardIssuedAt19ForAnApplicationBeforeApril2022LastsFiveYears() {
    Expiry e = rule.expiresOn(Holder.national(of(2003, 1, 10)), of(2022, 3, 31), of(2022, 5, 1));
    assertEquals(of(2027, 1, 10), e.date());
    assertEquals(ExpiryBasis.CARD_FIFTH_BIRTHDAY, e.basis());
  }

  @Test
  void applicationDateDecidesTheThresholdAcrossTheSwitch() {
    Holder eighteen = Holder.national(of(2004, 1, 10));
    assertEquals(
        ExpiryBasis.CARD_FIFTH_BIRTHDAY,
        rule.expiresOn(eighteen, of(2022, 3, 31), of(2022, 4, 20)).basis());
    assertEquals(
        ExpiryBasis.CARD_TENTH_BIRTHDAY,
        rule.expiresOn(eighteen, of(2022, 4, 1), of(2022, 4, 20)).basis());
  }

  @Test
  void missingApplicationDateBeforeApril2022MeansAnApplicationBeforeIt() {
    Holder eighteen = Holder.national(of(2004, 1, 10));
    assertEquals(
        ExpiryBasis.CARD_FIFTH_BIRTHDAY, rule.expiresOn(eighteen, null, of(2022, 3, 31)).basis());
  }

  @Test
  void missingApplicationDateForAnEighteenOrNineteenYearOldFromApril2022TakesTheShorterFiveYears() {
    // applied before 2022-04-01 (threshold 20) five years, after it (threshold 18) ten: unknown
    Expiry at18 = rule.expiresOn(Holder.national(of(2004, 1, 10)), null, of(2022, 4, 1));
    assertEquals(of(2027, 1, 10), at18.date());
    assertEquals(ExpiryBasis.CARD_FIFTH_BIRTHDAY_APPLICATION_UNKNOWN, at18.basis());
    Expiry at19 = rule.expiresOn(Holder.national(of(2003, 1, 10)), null, of(2022, 6, 1));
    assertEquals(of(2027, 1, 10), at19.date());
    assertEquals(ExpiryBasis.CARD_FIFTH_BIRTHDAY_APPLICATION_UNKNOWN, at19.basis());
  }

  @Test
  void missingApplicationDateIsNoQuestionForAgesTheThresholdChangeDoesNotTouch() {
    assertEquals(
        ExpiryBasis.CARD_TENTH_BIRTHDAY,
        rule.expiresOn(Holder.national(of(2002, 1, 10)), null, of(2022, 6, 1)).basis());
    assertEquals(
        ExpiryBasis.CARD_FIFTH_BIRTHDAY,
        rule.expiresOn(Holder.national(of(2005, 1, 10)), null, of(2022, 6, 1)).basis());
  }

  @Test
  void holderTurning18OnTheIssueDateGetsTenYears() {
    Holder h = Holder.national(of(2005, 7, 1));
    assertEquals(of(2027, 7, 1), rule.expiresOn(h, of(2023, 6, 1), of(2023, 6, 30)).date());
    assertEquals(of(2033, 7, 1), rule.expiresOn(h, of(2023, 6, 1), of(2023, 7, 1)).date());
    assertEquals(
        ExpiryBasis.CARD_FIFTH_BIRTHDAY,
        rule.expiresOn(h, of(2023, 6, 1), of(2023, 6, 30)).basis());
    assertEquals(
        ExpiryBasis.CARD_TENTH_BIRTHDAY, rule.expiresOn(h, of(2023, 6, 1), of(2023, 7, 1)).basis());
  }

  @Test
  void holderTurning20OnTheIssueDateBeforeTheSwitchGetsTenYears() {
    Holder h = Holder.national(of(2000, 3, 1));
    assertEquals(ExpiryBasis.CARD_FIFTH_BIRTHDAY, rule.expiresOn(h, null, of(2020, 2, 29)).basis());
    assertEquals(ExpiryBasis.CARD_TENTH_BIRTHDAY, rule.expiresOn(h, null, of(2020, 3, 1)).basis());
  }

  @Test
  void leapDayHolderCardEndsOnFebruary28InACommonYear() {
    assertEquals(
        of(2031, 2, 28),
        rule.expiresOn(Holder.national(of(2000, 2, 29)), null, of(2021, 3, 1)).date());
  }

  @Test
  void leapDayHolderCardEndsOnMarch1WhenConfigured() {
    assertEquals(
        of(2031, 3, 1),
        march1.expiresOn(Holder.national(of(2000, 2, 29)), null, of(2021, 3, 1)).date());
  }

  @Test
  void leapDayHolderCardEndsOnFebruary29InALeapYear() {
    assertEquals(
        of(2032, 2, 29),
        rule.expiresOn(Holder.national(of(2000, 2, 29)), null, of(2022, 3, 1)).date());
  }

  @Test
  void leapDayHolderIssuedOnFebruary28OfACommonYearDependsOnThePolicy() {
    // 28 February is that year's birthday under FEB_28, so it does not count; under MAR_1 the
    // birthday is still ahead on 1 March.
    assertEquals(
        of(2031, 2, 28),
        rule.expiresOn(Holder.national(of(2000, 2, 29)), null, of(2021, 2, 28)).date());
    assertEquals(
        of(2030, 3, 1),
        march1.expiresOn(Holder.national(of(2000, 2, 29)), null, of(2021, 2, 28)).date());
  }

  @Test
  void foreignResidentCardEndsWithAStayEndingBeforeTheBirthdayRule() {
    Expiry e =
        rule.expiresOn(foreign(of(1995, 8, 1), "STUDENT", of(2026, 3, 31)), null, of(2024, 4, 10));
    assertEquals(of(2026, 3, 31), e.date());
    assertEquals(ExpiryBasis.CARD_END_OF_STAY, e.basis());
  }

  @Test
  void foreignResidentCardFollowsTheBirthdayRuleWhenTheStayEndsLater() {
    Expiry e =
        rule.expiresOn(
            foreign(of(1995, 8, 1), "SPOUSE_OR_CHILD_OF_JAPANESE_NATIONAL", of(2040, 1, 1)),
            null,
            of(2024, 4, 10));
    assertEquals(of(2033, 8, 1), e.date());
    assertEquals(ExpiryBasis.CARD_TENTH_BIRTHDAY, e.basis());
  }

  @Test
  void stayEndingOnTheBirthdayRuleDateKeepsTheBirthdayRule() {
    Expiry e =
        rule.expiresOn(foreign(of(1995, 8, 1), "ENGINEER", of(2033, 8, 1)), null, of(2024, 4, 10));
    assertEquals(of(2033, 8, 1), e.date());
    assertEquals(ExpiryBasis.CARD_TENTH_BIRTHDAY, e.basis());
  }

  @Test
  void permanentResidentsAndHsp2FollowTheRuleForNationals() {
    for (String status :
        new String[] {
          "PERMANENT_RESIDENT", "SPECIAL_PERMANENT_RESIDENT", "HIGHLY_SKILLED_PROFESSIONAL_II"
        }) {
      Expiry e =
          rule.expiresOn(foreign(of(1970, 1, 1), status, of(2025, 1, 1)), null, of(2024, 5, 1));
      assertEquals(of(2034, 1, 1), e.date(), status);
    }
  }

  @Test
  void permanentResidentNeedsNoStayDate() {
    assertEquals(
        of(2034, 1, 1),
        rule.expiresOn(foreign(of(1970, 1, 1), "PERMANENT_RESIDENT", null), null, of(2024, 5, 1))
            .date());
  }

  @Test
  void highlySkilledProfessionalIHasAPeriodOfStay() {
    assertEquals(
        of(2027, 4, 30),
        rule.expiresOn(
                foreign(of(1970, 1, 1), "HIGHLY_SKILLED_PROFESSIONAL_I", of(2027, 4, 30)),
                null,
                of(2024, 5, 1))
            .date());
  }

  @Test
  void statusWithAPeriodOfStayRequiresItsEndDate() {
    assertThrows(ValidityException.class, () -> foreign(of(1990, 1, 1), "STUDENT", null));
  }

  @Test
  void foreignResidentWithoutStatusAndNationalWithStatusAreRejected() {
    assertThrows(ValidityException.class, () -> new Holder(of(1990, 1, 1), "CN", null, null));
    assertThrows(
        ValidityException.class,
        () -> new Holder(of(1990, 1, 1), "JP", ResidenceStatus.PERMANENT_RESIDENT, null));
  }

  @Test
  void applicationReceivedAfterIssueIsRejected() {
    assertThrows(
        ValidityException.class,
        () -> rule.expiresOn(Holder.national(of(1990, 1, 1)), of(2024, 2, 2), of(2024, 2, 1)));
  }

  @Test
  void issueBeforeBirthIsRejected() {
    assertThrows(
        ValidityException.class,
        () -> rule.expiresOn(Holder.national(of(2024, 1, 1)), null, of(2023, 12, 31)));
  }

  @Test
  void ruleTextNamesAgeAndThreshold() {
    String text =
        rule.expiresOn(Holder.national(of(2004, 1, 10)), of(2022, 4, 1), of(2023, 5, 1)).rule();
    assertEquals(
        "10th birthday after issue: age 19 on the issue date, at or above 18"
            + " (application received on or after 2022-04-01)",
        text);
  }

  @Test
  void ruleTextNamesTheOldThresholdAndTheUnknownApplication() {
    assertEquals(
        "5th birthday after issue: age 19 on the issue date, below 20"
            + " (application received before 2022-04-01)",
        rule.expiresOn(Holder.national(of(2002, 6, 1)), of(2022, 3, 1), of(2022, 3, 10)).rule());
    assertEquals(
        "5th birthday after issue: age 18 on the issue date and no application date (the"
            + " threshold is 20 if it was received before 2022-04-01, 18 after; the shorter"
            + " validity is taken)",
        rule.expiresOn(Holder.national(of(2004, 6, 1)), null, of(2022, 7, 1)).rule());
  }
}
