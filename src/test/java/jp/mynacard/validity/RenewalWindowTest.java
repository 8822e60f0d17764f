package jp.mynacard.validity;

import static java.time.LocalDate.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RenewalWindowTest {
  private final RenewalWindow window = RenewalWindow.threeMonths();

  @Test
  void windowOpensThreeMonthsBeforeOnTheSameDayOfMonth() {
    assertEquals(of(2026, 3, 15), window.opensOn(of(2026, 6, 15)));
  }

  @Test
  void windowOpeningIsClampedToTheEndOfAShorterMonth() {
    assertEquals(of(2026, 2, 28), window.opensOn(of(2026, 5, 31)));
    assertEquals(of(2028, 2, 29), window.opensOn(of(2028, 5, 31)));
    assertEquals(of(2026, 6, 30), window.opensOn(of(2026, 9, 30)));
  }

  @Test
  void windowIncludesItsOpeningDayAndTheExpiryDate() {
    assertFalse(window.contains(of(2026, 6, 15), of(2026, 3, 14)));
    assertTrue(window.contains(of(2026, 6, 15), of(2026, 3, 15)));
    assertTrue(window.contains(of(2026, 6, 15), of(2026, 6, 15)));
    assertFalse(window.contains(of(2026, 6, 15), of(2026, 6, 16)));
  }

  @Test
  void windowOfOtherLengthsCanBeConfigured() {
    assertEquals(of(2026, 5, 15), new RenewalWindow(1).opensOn(of(2026, 6, 15)));
    assertThrows(IllegalArgumentException.class, () -> new RenewalWindow(0));
  }
}
