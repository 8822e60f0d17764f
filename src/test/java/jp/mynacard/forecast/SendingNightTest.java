package jp.mynacard.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SendingNightTest {
  private static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  @Test
  void anItemIsToldOnItsFirstNightWhenThatLiesAheadOfAsOf() {
    assertEquals(d("2030-03-14"), SendingNight.of(d("2030-06-14"), 3, d("2030-01-07")));
  }

  @Test
  void anItemWhoseFirstNightHasPassedUntoldIsCaughtUpOnAsOf() {
    assertEquals(d("2030-01-07"), SendingNight.of(d("2030-02-20"), 3, d("2030-01-07")));
    assertEquals(d("2030-01-07"), SendingNight.of(d("2030-01-07"), 3, d("2030-01-07")));
  }

  @Test
  void anItemThatExpiredBeforeAsOfIsNeverMailed() {
    assertNull(SendingNight.of(d("2030-01-06"), 3, d("2030-01-07")));
  }

  @Test
  void anItemsFirstLetterIsItsLongestLeadTimesAndAShorterOnesLaterLetterBringsNoVisit() {
    ForecastRange range = new ForecastRange(d("2030-03-04"), d("2030-03-17"), d("2030-01-07"));

    assertEquals(d("2030-03-04"), SendingNight.of(d("2030-06-04"), 3, range.asOf()));
    assertEquals(3, SendingNight.firstLead(d("2030-06-04"), List.of(3, 1), range));
    // told first on 2030-01-17 under 3 months, again on 2030-03-17 under 1
    assertEquals(d("2030-03-17"), SendingNight.of(d("2030-04-17"), 1, range.asOf()));
    assertEquals(3, SendingNight.firstLead(d("2030-04-17"), List.of(3, 1), range));
  }

  @Test
  void onAsOfEveryUntoldItemOfItsWindowGoesOutThenOneExpiryPerNight() {
    ForecastRange range = new ForecastRange(d("2030-01-07"), d("2030-01-13"), d("2030-01-07"));

    for (LocalDate e = d("2030-01-07"); !e.isAfter(d("2030-04-07")); e = e.plusDays(1)) {
      assertEquals(d("2030-01-07"), SendingNight.of(e, 3, range.asOf()), e.toString());
    }
    assertEquals(d("2030-01-13"), SendingNight.of(d("2030-04-13"), 3, range.asOf()));
    assertEquals(d("2030-04-13"), SendingNight.lastExpiry(range, List.of(3)));
  }

  @Test
  void aReminderAfterExpiryGoesOutOnItsDateAndIsCaughtUpWithinItsMonth() {
    assertEquals(d("2027-02-28"), SendingNight.of(d("2027-01-31"), -1, d("2027-02-01")));
    assertEquals(d("2027-03-27"), SendingNight.of(d("2027-01-31"), -1, d("2027-03-27")));
    assertNull(SendingNight.of(d("2027-01-31"), -1, d("2027-03-28")), "too late: never mailed");
  }

  @Test
  void anItemThatExpiredBeforeAsOfIsFirstToldByItsReminder() {
    ForecastRange range = new ForecastRange(d("2030-03-04"), d("2030-03-10"), d("2030-03-04"));
    List<Integer> leads = List.of(3, -1);

    // expired 2030-02-04: its 3-month night passed before asOf, the reminder is its first letter
    assertEquals(d("2030-03-04"), SendingNight.of(d("2030-02-04"), -1, range.asOf()));
    assertEquals(-1, SendingNight.firstLead(d("2030-02-04"), leads, range));
    // expired 2030-01-20, reminded from 2030-02-20: caught up on asOf
    assertEquals(d("2030-03-04"), SendingNight.of(d("2030-01-20"), -1, range.asOf()));
    assertEquals(-1, SendingNight.firstLead(d("2030-01-20"), leads, range));
    // expires 2030-06-04: the 3-month letter first
    assertEquals(3, SendingNight.firstLead(d("2030-06-04"), leads, range));
    assertEquals(d("2030-01-05"), SendingNight.firstExpiry(range, leads));
  }

  @Test
  void aReminderOfAnItemToldBeforeItsExpiryIsNotItsFirstLetter() {
    ForecastRange range = new ForecastRange(d("2030-07-01"), d("2030-07-07"), d("2030-03-04"));

    assertEquals(d("2030-07-04"), SendingNight.of(d("2030-06-04"), -1, range.asOf()));
    assertEquals(3, SendingNight.firstLead(d("2030-06-04"), List.of(3, -1), range));
  }
}
