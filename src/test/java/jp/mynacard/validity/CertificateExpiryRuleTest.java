package jp.mynacard.validity;

import static java.time.LocalDate.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CertificateExpiryRuleTest {
  private static final LocalDate BORN = of(1985, 9, 20);
  private static final LocalDate FAR_CARD_EXPIRY = of(2040, 1, 1);

  private final CertificateExpiryRule rule =
      new CertificateExpiryRule(new Birthdays(LeapDayBirthday.FEB_28), RenewalWindow.threeMonths());

  @Test
  void certificateLastsUntilTheFifthBirthdayAfterIssue() {
    Expiry e = rule.userCertificate(BORN, of(2024, 1, 15), FAR_CARD_EXPIRY, null);
    assertEquals(of(2028, 9, 20), e.date());
    assertEquals(ExpiryBasis.CERT_FIFTH_BIRTHDAY, e.basis());
  }

  @Test
  void certificateIssuedOnABirthdayCountsFromTheNextOne() {
    assertEquals(
        of(2029, 9, 20), rule.userCertificate(BORN, of(2024, 9, 20), FAR_CARD_EXPIRY, null).date());
  }

  @Test
  void certificateNeverOutlivesTheCard() {
    Expiry e = rule.userCertificate(BORN, of(2024, 1, 15), of(2026, 3, 31), null);
    assertEquals(of(2026, 3, 31), e.date());
    assertEquals(ExpiryBasis.CERT_CAPPED_BY_CARD, e.basis());
  }

  @Test
  void certificateEndingWithTheCardKeepsItsBirthdayRule() {
    Expiry e = rule.userCertificate(BORN, of(2024, 1, 15), of(2028, 9, 20), null);
    assertEquals(of(2028, 9, 20), e.date());
    assertEquals(ExpiryBasis.CERT_FIFTH_BIRTHDAY, e.basis());
  }

  @Test
  void renewalInsideTheWindowRunsToTheSixthBirthday() {
    // the replaced certificate expires on the 2026 birthday; its window opens 2026-06-21
    Expiry e = rule.userCertificate(BORN, of(2026, 7, 1), FAR_CARD_EXPIRY, of(2026, 9, 20));
    assertEquals(of(2031, 9, 20), e.date());
    assertEquals(ExpiryBasis.CERT_SIXTH_BIRTHDAY_EARLY_RENEWAL, e.basis());
  }

  @Test
  void renewalOnTheDayTheWindowOpensRunsToTheSixthBirthday() {
    assertEquals(
        of(2031, 9, 20),
        rule.userCertificate(BORN, of(2026, 6, 21), FAR_CARD_EXPIRY, of(2026, 9, 20)).date());
  }

  @Test
  void renewalTheDayBeforeTheWindowOpensRunsToTheFifthBirthday() {
    // 2026-06-20: from 06-21 to 09-20 is exactly three months, so the window is not yet open
    Expiry e = rule.userCertificate(BORN, of(2026, 6, 20), FAR_CARD_EXPIRY, of(2026, 9, 20));
    assertEquals(of(2030, 9, 20), e.date());
    assertEquals(ExpiryBasis.CERT_FIFTH_BIRTHDAY, e.basis());
  }

  @Test
  void renewalOnThePreviousExpiryDateRunsToTheFifthBirthday() {
    Expiry e = rule.userCertificate(BORN, of(2026, 9, 20), FAR_CARD_EXPIRY, of(2026, 9, 20));
    assertEquals(of(2031, 9, 20), e.date());
    assertEquals(ExpiryBasis.CERT_FIFTH_BIRTHDAY, e.basis());
  }

  @Test
  void renewalAfterThePreviousExpiredRunsToTheFifthBirthday() {
    assertEquals(
        ExpiryBasis.CERT_FIFTH_BIRTHDAY,
        rule.userCertificate(BORN, of(2026, 10, 1), FAR_CARD_EXPIRY, of(2026, 9, 20)).basis());
  }

  @Test
  void earlyRenewalIsStillCappedByTheCard() {
    Expiry e = rule.userCertificate(BORN, of(2026, 7, 1), of(2030, 12, 31), of(2026, 9, 20));
    assertEquals(of(2030, 12, 31), e.date());
    assertEquals(ExpiryBasis.CERT_CAPPED_BY_CARD, e.basis());
  }

  @Test
  void signatureCertificateIsNotIssuedUnder15() {
    LocalDate born = of(2010, 5, 5);
    assertTrue(
        rule.signatureCertificate(born, of(2025, 5, 4), FAR_CARD_EXPIRY, null, null).isEmpty());
    assertFalse(rule.signatureIssuable(born, of(2025, 5, 4)));
  }

  @Test
  void signatureCertificateIsIssuedFromThe15thBirthday() {
    LocalDate born = of(2010, 5, 5);
    assertEquals(
        of(2030, 5, 5),
        rule.signatureCertificate(born, of(2025, 5, 5), FAR_CARD_EXPIRY, null, null)
            .orElseThrow()
            .date());
  }

  @Test
  void signatureCertificateNeverOutlivesTheUserCertificate() {
    Expiry e =
        rule.signatureCertificate(BORN, of(2024, 1, 15), FAR_CARD_EXPIRY, of(2027, 1, 1), null)
            .orElseThrow();
    assertEquals(of(2027, 1, 1), e.date());
    assertEquals(ExpiryBasis.CERT_CAPPED_BY_USER_CERT, e.basis());
  }

  @Test
  void leapDayHolderCertificateEndsOnFebruary28InACommonYear() {
    assertEquals(
        of(2029, 2, 28),
        rule.userCertificate(of(2000, 2, 29), of(2024, 3, 1), FAR_CARD_EXPIRY, null).date());
  }

  @Test
  void certificateIssuedAfterTheCardExpiredIsRejected() {
    assertThrows(
        ValidityException.class,
        () -> rule.userCertificate(BORN, of(2027, 1, 1), of(2026, 12, 31), null));
  }
}
