package jp.mynacard.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
  void theCalendarHoldsTheNightsInsideTheRangeOnly() {
    ForecastRange range = new ForecastRange(d("2030-03-04"), d("2030-03-17"), d("2030-01-07"));

    List<SendingNight> nights = SendingNight.in(range, List.of(3, 1));

    assertTrue(nights.stream().allMatch(n -> range.contains(n.night())), nights.toString());
    // 3 months: expiries 2030-06-04..2030-06-17; 1 month: 2030-04-04..2030-04-17
    assertEquals(28, nights.size());
    assertTrue(nights.contains(new SendingNight(3, d("2030-06-04"), d("2030-03-04"), true)));
    assertTrue(
        nights.contains(new SendingNight(1, d("2030-04-17"), d("2030-03-17"), false)),
        "told first on 2030-01-17 under 3 months: this letter brings no visit");
  }

  @Test
  void onAsOfInsideTheRangeEveryUntoldItemOfItsWindowGoesOut() {
    ForecastRange range = new ForecastRange(d("2030-01-07"), d("2030-01-13"), d("2030-01-07"));

    List<SendingNight> nights = SendingNight.in(range, List.of(3));

    // 2030-01-07..2030-04-07 on asOf's night, then one expiry per night up to 2030-04-13
    assertEquals(d("2030-01-07"), nights.get(0).night());
    assertEquals(91 + 6, nights.size());
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

    List<SendingNight> nights = SendingNight.in(range, List.of(3, -1));

    // expired 2030-02-04: its 3-month night passed before asOf, the reminder is its first letter
    assertTrue(nights.contains(new SendingNight(-1, d("2030-02-04"), d("2030-03-04"), true)));
    // expired 2030-01-20, reminded from 2030-02-20: caught up on asOf
    assertTrue(nights.contains(new SendingNight(-1, d("2030-01-20"), d("2030-03-04"), true)));
    // expires 2030-06-04: the 3-month letter; its reminder on 2030-07-04 is outside the range
    assertTrue(nights.contains(new SendingNight(3, d("2030-06-04"), d("2030-03-04"), true)));
    assertEquals(d("2030-01-05"), SendingNight.firstExpiry(range, List.of(3, -1)));
  }

  @Test
  void aReminderOfAnItemToldBeforeItsExpiryIsNotItsFirstLetter() {
    ForecastRange range = new ForecastRange(d("2030-07-01"), d("2030-07-07"), d("2030-03-04"));

    List<SendingNight> nights = SendingNight.in(range, List.of(3, -1));

    assertTrue(nights.contains(new SendingNight(-1, d("2030-06-04"), d("2030-07-04"), false)));
    assertTrue(
        nights.stream().filter(n -> n.leadMonths() == -1).noneMatch(SendingNight::firstLetter));
  }
}
