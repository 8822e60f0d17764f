package jp.mynacard.validity;

import static java.time.LocalDate.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class BirthdaysTest {
  private final Birthdays feb28 = new Birthdays(LeapDayBirthday.FEB_28);
  private final Birthdays mar1 = new Birthdays(LeapDayBirthday.MAR_1);

  @Test
  void aYearOfAgeIsCompletedOnTheBirthdayItself() {
    assertEquals(17, feb28.ageOn(of(2000, 6, 15), of(2018, 6, 14)));
    assertEquals(18, feb28.ageOn(of(2000, 6, 15), of(2018, 6, 15)));
    assertEquals(18, feb28.ageOn(of(2000, 6, 15), of(2018, 6, 16)));
  }

  @Test
  void aBirthdayOnTheGivenDateIsNotOneAfterIt() {
    assertEquals(of(2020, 6, 15), feb28.nthBirthdayAfter(of(1990, 6, 15), of(2020, 6, 14), 1));
    assertEquals(of(2021, 6, 15), feb28.nthBirthdayAfter(of(1990, 6, 15), of(2020, 6, 15), 1));
    assertEquals(of(2021, 6, 15), feb28.nthBirthdayAfter(of(1990, 6, 15), of(2020, 6, 16), 1));
  }

  @Test
  void leapDayBirthdayIsFebruary28InACommonYearByDefault() {
    assertEquals(of(2023, 2, 28), feb28.birthdayIn(of(2000, 2, 29), 2023));
  }

  @Test
  void leapDayBirthdayIsMarch1InACommonYearWhenConfigured() {
    assertEquals(of(2023, 3, 1), mar1.birthdayIn(of(2000, 2, 29), 2023));
  }

  @Test
  void leapDayBirthdayIsFebruary29InALeapYearUnderEitherPolicy() {
    assertEquals(of(2024, 2, 29), feb28.birthdayIn(of(2000, 2, 29), 2024));
    assertEquals(of(2024, 2, 29), mar1.birthdayIn(of(2000, 2, 29), 2024));
  }

  @Test
  void leapDayChildCompletesAYearOnTheConfiguredDay() {
    assertEquals(18, feb28.ageOn(of(2004, 2, 29), of(2022, 2, 28)));
    assertEquals(17, mar1.ageOn(of(2004, 2, 29), of(2022, 2, 28)));
    assertEquals(18, mar1.ageOn(of(2004, 2, 29), of(2022, 3, 1)));
  }

  @Test
  void aDateBeforeTheBirthDateIsRejected() {
    assertThrows(ValidityException.class, () -> feb28.ageOn(of(2000, 1, 2), of(2000, 1, 1)));
  }

  @Test
  void leapDayPolicyParsesConfigurationSpellings() {
    assertEquals(LeapDayBirthday.FEB_28, LeapDayBirthday.parse("feb_28"));
    assertEquals(LeapDayBirthday.MAR_1, LeapDayBirthday.parse("03-01"));
    assertThrows(IllegalArgumentException.class, () -> LeapDayBirthday.parse("FEB_29"));
  }
}
