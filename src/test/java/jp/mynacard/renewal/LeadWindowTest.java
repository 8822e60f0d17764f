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

  @Test
  void aReminderOneMonthAfterExpiryIsDueOnTheExpiryPlusAMonthAtAShorterMonthsEnd() {
    assertEquals(d("2027-02-28"), LeadWindow.reminderDate(d("2027-01-31"), -1));
    assertEquals(d("2027-02-28"), LeadWindow.firstNight(d("2027-01-31"), -1));
    assertEquals(d("2027-03-15"), LeadWindow.firstNight(d("2027-02-15"), -1));
    assertEquals(d("2027-04-30"), LeadWindow.firstNight(d("2027-01-31"), -3));
  }

  @Test
  void aReminderIsSentWithinOneMonthOfItsDateAndNotAfter() {
    LocalDate expiry = d("2027-01-31");

    assertFalse(LeadWindow.tells(d("2027-02-27"), -1, expiry), "not before its date");
    assertTrue(LeadWindow.tells(d("2027-02-28"), -1, expiry), "on its date");
    assertTrue(LeadWindow.tells(d("2027-03-27"), -1, expiry), "a missed night is caught up");
    // 2027-02-28 + 1 month = 2027-03-28: from then on it is too late
    assertFalse(LeadWindow.tells(d("2027-03-28"), -1, expiry), "a month after its date");
    assertEquals(d("2027-03-27"), LeadWindow.lastNight(expiry, -1));
  }

  @Test
  void theLastFourDaysOfJanuaryAreAllRemindedOnTheLastDayOfFebruary() {
    LeadWindow.Expiries due = LeadWindow.expiries(d("2027-02-28"), -1);

    assertEquals(new LeadWindow.Expiries(d("2027-01-01"), d("2027-01-31")), due);
    assertEquals(
        new LeadWindow.Expiries(d("2027-02-01"), d("2027-02-28")),
        LeadWindow.expiries(d("2027-03-28"), -1),
        "on 03-28 all of January is too late: the month of its reminders ended on 03-27");
  }

  @Test
  void aReminderDoesNotRunIntoTheNextOne() {
    // -1's month of 2027-01-31 ends on 03-27, -2's reminder is due on 03-31: nothing twice
    assertEquals(d("2027-03-27"), LeadWindow.lastNight(d("2027-01-31"), -1));
    assertEquals(d("2027-03-31"), LeadWindow.firstNight(d("2027-01-31"), -2));
  }

  @Test
  void remindersOlderThanTheirMonthAreTooLate() {
    assertEquals(d("2027-01-01"), LeadWindow.remindersTooLateBefore(d("2027-02-28"), -1));
    // 2026-12-01 + 2 months = 2027-02-01, whose month ended on 02-28
    assertEquals(d("2026-12-02"), LeadWindow.remindersTooLateBefore(d("2027-03-01"), -2));
  }

  @Test
  void theReminderWindowOfEveryNightIsExactlyTheExpiriesItsDefinitionTells() {
    for (int lead : new int[] {-1, -2, -3, -6, -12}) {
      for (LocalDate night = d("2026-12-01");
          night.isBefore(d("2029-03-01"));
          night = night.plusDays(1)) {
        LeadWindow.Expiries w = LeadWindow.expiries(night, lead);
        for (LocalDate e = night.minusMonths(-lead + 2); !e.isAfter(night); e = e.plusDays(1)) {
          boolean inside = !e.isBefore(w.from()) && !e.isAfter(w.to());
          assertEquals(LeadWindow.tells(night, lead, e), inside, night + " lead " + lead + " " + e);
          assertEquals(
              e.isBefore(LeadWindow.remindersTooLateBefore(night, lead)),
              !night.isBefore(LeadWindow.reminderDate(e, lead).plusMonths(1)),
              "too late: " + night + " lead " + lead + " " + e);
        }
      }
    }
  }

  @Test
  void theWindowBeforeExpiryIsTheDefinitionsToo() {
    assertEquals(
        new LeadWindow.Expiries(d("2026-11-30"), d("2027-02-28")),
        LeadWindow.expiries(d("2026-11-30"), 3));
    assertTrue(LeadWindow.tells(d("2026-11-30"), 3, d("2027-02-28")));
    assertFalse(LeadWindow.tells(d("2026-11-30"), 3, d("2026-11-29")));
  }
}
