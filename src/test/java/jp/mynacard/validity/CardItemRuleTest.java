package jp.mynacard.validity;

import static java.time.LocalDate.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * DESIGN.md §2 "Which card item" and "Which date is told": a foreign resident's card ends with a
 * period of stay exactly when it expires before the birthday rule's date; an item is told on the
 * earlier of its recorded and computed expiry.
 */
class CardItemRuleTest {
  private final ValidityRules rules = ValidityRules.standard();

  // born 1995-08-01, card issued 2024-04-10 at 28: the birthday rule gives 2033-08-01
  @Test
  void foreignCardExpiringBeforeTheTenthBirthdayEndsWithTheStay() {
    assertTrue(
        rules.cardEndsWithStay("VN", of(1995, 8, 1), null, of(2024, 4, 10), of(2026, 3, 31)));
  }

  @Test
  void stayEndingOnTheTenthBirthdayItselfIsACardItem() {
    assertFalse(
        rules.cardEndsWithStay("VN", of(1995, 8, 1), null, of(2024, 4, 10), of(2033, 8, 1)));
  }

  @Test
  void stayEndingOnTheFifthBirthdayOfAMinorIsACardItem() {
    // born 2015-05-05, issued 2024-04-10 at 8: the 5th birthday after issue is 2028-05-05
    assertFalse(
        rules.cardEndsWithStay("BR", of(2015, 5, 5), null, of(2024, 4, 10), of(2028, 5, 5)));
    assertTrue(rules.cardEndsWithStay("BR", of(2015, 5, 5), null, of(2024, 4, 10), of(2028, 5, 4)));
  }

  @Test
  void decisionIsOnTheCardsOwnDateNotOnTheRegistrysCurrentStay() {
    // the stay was extended to 2029 (or the status changed): the card still ends on 2026-03-31,
    // and only its own dates are asked
    assertTrue(
        rules.cardEndsWithStay("PH", of(1995, 8, 1), null, of(2024, 4, 10), of(2026, 3, 31)));
  }

  @Test
  void nationalsCardIsAlwaysACardItem() {
    assertFalse(
        rules.cardEndsWithStay("JP", of(1995, 8, 1), null, of(2024, 4, 10), of(2026, 3, 31)));
  }

  @Test
  void oneYearTooLongCardIsToldOnTheComputedDate() {
    assertEquals(of(2031, 6, 15), ValidityRules.effectiveExpiry(of(2032, 6, 15), of(2031, 6, 15)));
  }

  @Test
  void recordedDateEarlierThanTheComputedOneIsTold() {
    assertEquals(of(2030, 6, 15), ValidityRules.effectiveExpiry(of(2030, 6, 15), of(2031, 6, 15)));
  }

  @Test
  void withoutARecordedDateTheComputedOneIsTold() {
    assertEquals(of(2031, 6, 15), ValidityRules.effectiveExpiry(null, of(2031, 6, 15)));
  }
}
