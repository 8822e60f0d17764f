package jp.mynacard.renewal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LeadWindowTest {
  private static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  @Test
  void theWindowEndsLeadMonthsAfterTheNightAtAShorterMonthsEnd() {
    assertEquals(d("2026-07-01"), LeadWindow.end(d("2026-04-01"), 3));
    assertEquals(d("2027-02-28"), LeadWindow.end(d("2026-11-30"), 3));
  }

  @Test
  void anItemIsFirstToldTheSameDayLeadMonthsBeforeItsExpiry() {
    assertEquals(d("2026-03-15"), LeadWindow.firstNight(d("2026-06-15"), 3));
    assertEquals(d("2026-05-15"), LeadWindow.firstNight(d("2026-06-15"), 1));
  }

  @Test
  void anExpiryWhoseDayTheShorterMonthLacksIsFirstToldOnTheNextMonthsFirst() {
    // 2027-02-28 + 3 months = 2027-05-28: short of the 29th to the 31st
    assertEquals(d("2027-03-01"), LeadWindow.firstNight(d("2027-05-29"), 3));
    assertEquals(d("2027-03-01"), LeadWindow.firstNight(d("2027-05-31"), 3));
    assertEquals(d("2027-03-01"), LeadWindow.firstNight(d("2027-06-01"), 3));
    // a leap year has the 29th
    assertEquals(d("2028-02-29"), LeadWindow.firstNight(d("2028-05-29"), 3));
  }

  @Test
  void theFirstNightsWindowReachesTheExpiryAndTheWindowOfTheNightBeforeDoesNot() {
    for (int lead : new int[] {1, 2, 3, 6, 11, 12, 13, 120}) {
      for (LocalDate e = d("2026-01-01"); e.isBefore(d("2030-01-01")); e = e.plusDays(1)) {
        LocalDate night = LeadWindow.firstNight(e, lead);
        assertFalse(LeadWindow.end(night, lead).isBefore(e), e + " lead " + lead);
        assertTrue(LeadWindow.end(night.minusDays(1), lead).isBefore(e), e + " lead " + lead);
      }
    }
  }
}
