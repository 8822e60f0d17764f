package jp.mynacard.renewal;

import static java.time.LocalDate.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Issue 14, paced sending: one night's letters against the counters' daily capacity. */
class NightBudgetTest {
  private static final LocalDate NIGHT = of(2027, 4, 1);

  private static NightBudget budget(int capacity) {
    return new NightBudget(Pacing.parse(Integer.toString(capacity), "P1M"), NIGHT);
  }

  @Test
  void lettersGoWhileTheirVisitsFitTheDailyCapacity() {
    NightBudget b = budget(5);

    assertTrue(b.admit(of(2027, 6, 1), 2));
    assertTrue(b.admit(of(2027, 6, 2), 2));
    assertTrue(b.admit(of(2027, 6, 3), 1));
    assertFalse(b.admit(of(2027, 6, 4), 1));
    assertEquals(5, b.visits());
    assertEquals(1, b.heldLetters());
    assertFalse(b.overCapacity());
  }

  @Test
  void afterTheFirstLetterThatDoesNotFitEveryLaterOneWaitsSoNearestFirstHoldsStrictly() {
    NightBudget b = budget(5);

    assertTrue(b.admit(of(2027, 6, 1), 2));
    assertTrue(b.admit(of(2027, 6, 2), 2));
    assertFalse(b.admit(of(2027, 6, 3), 2));
    // one visit would still fit, but a letter with a later latest sending date does not jump ahead
    assertFalse(b.admit(of(2027, 6, 4), 1));
    assertEquals(4, b.visits());
    assertEquals(2, b.heldLetters());
  }

  @Test
  void aLetterAtItsLatestSendingDateIsAlwaysSentAndAnOverfullNightIsReported() {
    NightBudget b = budget(3);

    // latest sending date = expiry minus one month: 2027-05-01 -> 2027-04-01, tonight
    assertTrue(b.admit(of(2027, 5, 1), 2));
    assertTrue(b.admit(of(2027, 4, 20), 2));
    assertFalse(b.admit(of(2027, 5, 2), 1));
    assertEquals(4, b.forcedVisits());
    assertEquals(2, b.forcedLetters());
    assertTrue(b.overCapacity());
  }

  @Test
  void aNightFilledExactlyByForcedLettersIsNotOverCapacity() {
    NightBudget b = budget(4);

    assertTrue(b.admit(of(2027, 4, 15), 2));
    assertTrue(b.admit(of(2027, 4, 16), 2));
    assertFalse(b.overCapacity());
    assertFalse(b.admit(of(2027, 6, 1), 1));
  }

  @Test
  void aLetterThatBringsNoNewVisitsIsNeverHeldBack() {
    NightBudget b = budget(2);

    assertTrue(b.admit(of(2027, 6, 1), 2));
    assertFalse(b.admit(of(2027, 6, 2), 1));
    assertTrue(b.admit(of(2027, 6, 3), 0));
    assertEquals(2, b.visits());
  }

  @Test
  void aBudgetNeedsACapacity() {
    assertThrows(IllegalArgumentException.class, () -> new NightBudget(Pacing.OFF, NIGHT));
  }
}
