package jp.mynacard.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The rate cap (MYNACARD_MAIL_RATE): messages per second over all connections, no bursts. */
class SendPaceTest {
  private static final long SECOND = 1_000_000_000L;

  @Test
  void withoutACapNothingWaits() {
    SendPace pace = SendPace.unlimited();
    for (int i = 0; i < 1000; i++) {
      assertEquals(0, pace.reserve(5));
    }
  }

  @Test
  void tenPerSecondSpacesMessagesATenthOfASecondApartWhoeverAsks() {
    SendPace pace = SendPace.perSecond(10);
    long now = 7 * SECOND;

    assertEquals(0, pace.reserve(now));
    // three connections ready at the same moment queue behind each other
    assertEquals(SECOND / 10, pace.reserve(now));
    assertEquals(2 * SECOND / 10, pace.reserve(now));
    assertEquals(SECOND / 10, pace.reserve(now + SECOND / 10 * 2));
  }

  @Test
  void anIdlePauseIsNotSavedUpForABurst() {
    SendPace pace = SendPace.perSecond(2);
    pace.reserve(0);

    long later = 60 * SECOND;
    assertEquals(0, pace.reserve(later));
    assertEquals(SECOND / 2, pace.reserve(later), "the second one waits its interval");
  }

  @Test
  void aRateOfZeroOrLessOrNotANumberIsRefused() {
    for (double rate : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThrows(IllegalArgumentException.class, () -> SendPace.perSecond(rate), "" + rate);
    }
  }

  @Test
  void aFractionalRateIsHonoured() {
    SendPace pace = SendPace.perSecond(0.5);
    pace.reserve(0);
    assertEquals(2 * SECOND, pace.reserve(0));
  }
}
