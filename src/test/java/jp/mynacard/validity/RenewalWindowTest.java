package jp.mynacard.validity;

import static java.time.LocalDate.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DESIGN.md §2: the window opens once less than three months remain (Civil Code art. 140, 143). */
class RenewalWindowTest {
  private final RenewalWindow window = RenewalWindow.threeMonths();

  @ParameterizedTest(name = "expiry {0} → window opens {1}")
  @CsvSource({
    "2023-07-07, 2023-04-08",
    "2026-06-27, 2026-03-28",
    "2027-05-30, 2027-02-28",
    "2027-05-31, 2027-03-01",
    "2026-11-30, 2026-09-01",
    "2027-02-28, 2026-12-01",
    "2028-05-30, 2028-02-29",
    "2028-05-29, 2028-02-29",
    "2026-06-15, 2026-03-16",
    "2026-12-31, 2026-10-01",
    "2027-03-31, 2027-01-01"
  })
  void windowOpensTheDayAfterTheCorrespondingDayThreeMonthsBefore(
      LocalDate expiry, LocalDate opens) {
    assertEquals(opens, window.opensOn(expiry));
  }

  @Test
  void onTheOpeningDayLessThanThreeMonthsRemainAndTheDayBeforeExactlyThree() {
    // 2023-04-07: the period 04-08 .. 07-07 is exactly three months, not less
    assertEquals(of(2023, 7, 7), window.periodEnd(of(2023, 4, 8)));
    // a period starting on a day its last month lacks ends at that month's end (art. 143(2))
    assertEquals(of(2027, 2, 28), window.periodEnd(of(2026, 11, 30)));
    assertEquals(of(2027, 2, 28), window.periodEnd(of(2026, 12, 1)));
  }

  @Test
  void openingIsTheFirstDayOfTheRuleForEveryExpiryDateOfFourYears() {
    for (LocalDate e = of(2026, 1, 1); e.isBefore(of(2030, 1, 1)); e = e.plusDays(1)) {
      LocalDate first = e.minusDays(120);
      while (!e.isBefore(window.periodEnd(first.plusDays(1)))) {
        first = first.plusDays(1);
      }
      assertEquals(first, window.opensOn(e), "expiry " + e);
    }
  }

  @Test
  void windowIncludesItsOpeningDayAndTheExpiryDate() {
    assertFalse(window.contains(of(2023, 7, 7), of(2023, 4, 7)));
    assertTrue(window.contains(of(2023, 7, 7), of(2023, 4, 8)));
    assertTrue(window.contains(of(2023, 7, 7), of(2023, 7, 7)));
    assertFalse(window.contains(of(2023, 7, 7), of(2023, 7, 8)));
  }

  @Test
  void aCertificateRenewedFromTheOpeningDayUpToTheDayBeforeExpiryRenewedInsideTheWindow() {
    LocalDate expiry = of(2025, 6, 15);
    assertFalse(window.renewedInside(expiry, of(2025, 3, 15)), "exactly three months remain");
    assertTrue(window.renewedInside(expiry, of(2025, 3, 16)));
    assertTrue(window.renewedInside(expiry, of(2025, 6, 14)));
    assertFalse(window.renewedInside(expiry, of(2025, 6, 15)), "on the expiry day: 5th birthday");
  }

  @Test
  void windowOfOtherLengthsCanBeConfigured() {
    assertEquals(of(2026, 5, 16), new RenewalWindow(1).opensOn(of(2026, 6, 15)));
    assertThrows(IllegalArgumentException.class, () -> new RenewalWindow(0));
  }
}
