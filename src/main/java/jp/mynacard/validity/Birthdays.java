package jp.mynacard.validity;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Birthdays and ages by the ordinary count: a year of age is completed on the birthday itself, and
 * a birthday that falls on a given date does not count as one "after" that date.
 */
public final class Birthdays {
  private final LeapDayBirthday leapDay;

  public Birthdays(LeapDayBirthday leapDay) {
    this.leapDay = Objects.requireNonNull(leapDay, "leapDay");
  }

  public LocalDate birthdayIn(LocalDate birthDate, int year) {
    return leapDay.birthdayIn(birthDate, year);
  }

  /** Completed years of age on {@code date}. */
  public int ageOn(LocalDate birthDate, LocalDate date) {
    requireNotBeforeBirth(birthDate, date);
    int age = date.getYear() - birthDate.getYear();
    return date.isBefore(birthdayIn(birthDate, date.getYear())) ? age - 1 : age;
  }

  /** The {@code n}th birthday strictly after {@code date} (n ≥ 1). */
  public LocalDate nthBirthdayAfter(LocalDate birthDate, LocalDate date, int n) {
    if (n < 1) {
      throw new IllegalArgumentException("n must be at least 1");
    }
    requireNotBeforeBirth(birthDate, date);
    int firstYear = date.getYear();
    if (!birthdayIn(birthDate, firstYear).isAfter(date)) {
      firstYear++;
    }
    return birthdayIn(birthDate, firstYear + n - 1);
  }

  private static void requireNotBeforeBirth(LocalDate birthDate, LocalDate date) {
    if (date.isBefore(birthDate)) {
      throw new ValidityException("date " + date + " is before the birth date " + birthDate);
    }
  }
}
