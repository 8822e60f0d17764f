package jp.mynacard.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ForecastRangeTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 4, 1);

  private static String refusal(String from, String to, String asOf) {
    return assertThrows(
            IllegalArgumentException.class, () -> ForecastRange.of(from, to, asOf, TODAY))
        .getMessage();
  }

  @Test
  void theRangeIsWidenedToTheWholeIsoWeeksItTouches() {
    ForecastRange r = ForecastRange.of("2026-04-01", "2026-04-30", null, TODAY);

    assertEquals(LocalDate.of(2026, 3, 30), r.from());
    assertEquals(LocalDate.of(2026, 5, 3), r.to());
  }

  @Test
  void asOfIsTodayUnlessGiven() {
    assertEquals(TODAY, ForecastRange.of("2026-04-01", "2026-04-30", " ", TODAY).asOf());
    assertEquals(
        LocalDate.of(2026, 1, 5),
        ForecastRange.of("2026-04-01", "2026-04-30", "2026-01-05", TODAY).asOf());
  }

  @Test
  void missingOrMalformedDatesAreRefusedByName() {
    assertEquals("from is required, as yyyy-MM-dd", refusal(null, "2026-04-30", null));
    assertEquals("to is required, as yyyy-MM-dd", refusal("2026-04-01", "", null));
    assertEquals(
        "from must be a date in the form yyyy-MM-dd", refusal("2026-02-30", "2026-04-30", null));
    assertEquals(
        "to must be a date in the form yyyy-MM-dd", refusal("2026-04-01", "30.4.2026", null));
    assertEquals(
        "asOf must be a date in the form yyyy-MM-dd",
        refusal("2026-04-01", "2026-04-30", "+12026-01-01"));
  }

  @Test
  void fromAfterToIsRefused() {
    assertEquals(
        "from 2026-05-01 is after to 2026-04-30", refusal("2026-05-01", "2026-04-30", null));
  }

  @Test
  void aRangeOfMoreThanTwoYearsIsRefusedExactlyTwoYearsIsTaken() {
    assertEquals(
        "from 2026-04-01 to 2028-04-02 is longer than 2 years",
        refusal("2026-04-01", "2028-04-02", null));
    assertEquals(
        LocalDate.of(2028, 4, 2), ForecastRange.of("2026-04-01", "2028-04-01", null, TODAY).to());
  }

  @Test
  void datesOutsideTheYears1900To2999AreRefused() {
    assertEquals(
        "to must lie between 1900-01-01 and 2999-12-31", refusal("2999-06-01", "3000-01-01", null));
    assertEquals(
        "asOf must lie between 1900-01-01 and 2999-12-31",
        refusal("2026-04-01", "2026-04-30", "1899-12-31"));
  }

  @Test
  void weeksAreNamedByTheirIsoWeekBasedYear() {
    assertEquals("2026-W01", ForecastRange.weekName(LocalDate.of(2025, 12, 29)));
    assertEquals("2026-W53", ForecastRange.weekName(LocalDate.of(2027, 1, 1)));
    assertEquals("2027-W01", ForecastRange.weekName(LocalDate.of(2027, 1, 4)));
  }
}
