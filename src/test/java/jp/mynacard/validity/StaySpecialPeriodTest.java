package jp.mynacard.validity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StaySpecialPeriodTest {
  private static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  @Test
  void theSpecialPeriodEndsTwoMonthsAfterTheStayCountedFromTheNextDay() {
    // from 01-16, two months end on the day before the corresponding day 03-16
    assertEquals(d("2027-03-15"), StaySpecialPeriod.latestEnd(d("2027-01-15")));
    assertEquals(d("2027-03-31"), StaySpecialPeriod.latestEnd(d("2027-01-31")));
  }

  @Test
  void aStayEndingOnAMonthsLastDayRunsToTheLastDayOfTheSecondMonthAfter() {
    // from 12-01: to 01-31, not 01-30 as 2026-11-30 + 2 months would say
    assertEquals(d("2027-01-31"), StaySpecialPeriod.latestEnd(d("2026-11-30")));
    // from 12-31: February has no 31st, so its end
    assertEquals(d("2028-02-29"), StaySpecialPeriod.latestEnd(d("2027-12-30")));
    assertEquals(d("2027-02-28"), StaySpecialPeriod.latestEnd(d("2026-12-30")));
  }

  @Test
  void theSpecialPeriodMayStillRunOnItsLastDayAndNotAfter() {
    assertTrue(StaySpecialPeriod.mayRunOn(d("2027-01-31"), d("2027-03-31")));
    assertFalse(StaySpecialPeriod.mayRunOn(d("2027-01-31"), d("2027-04-01")));
  }

  @Test
  void theRenewalWindowStillCountsItsPeriodTheSameWay() {
    // the period counting moved to CivilPeriod; the window's published examples still hold
    assertEquals(d("2023-04-08"), RenewalWindow.threeMonths().opensOn(d("2023-07-07")));
    assertEquals(d("2027-03-01"), RenewalWindow.threeMonths().opensOn(d("2027-05-31")));
    assertEquals(d("2026-12-01"), RenewalWindow.threeMonths().opensOn(d("2027-02-28")));
  }
}
