package jp.mynacard.validity;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;

/**
 * Which day counts as the birthday of someone born on 29 February in a common year.
 *
 * <p>DESIGN.md §2 makes 28 February the default and 1 March a configuration choice, because
 * municipalities differ in how they read the civil-law age rule for leap-day births.
 */
public enum LeapDayBirthday {
  FEB_28(MonthDay.of(Month.FEBRUARY, 28)),
  MAR_1(MonthDay.of(Month.MARCH, 1));

  private final MonthDay inCommonYear;

  LeapDayBirthday(MonthDay inCommonYear) {
    this.inCommonYear = inCommonYear;
  }

  /** The birthday in {@code year} of someone born on {@code birthDate}. */
  LocalDate birthdayIn(LocalDate birthDate, int year) {
    MonthDay born = MonthDay.from(birthDate);
    if (born.equals(MonthDay.of(Month.FEBRUARY, 29)) && !java.time.Year.isLeap(year)) {
      return inCommonYear.atYear(year);
    }
    return born.atYear(year);
  }

  /** Parses a configuration value such as {@code FEB_28}, {@code mar_1} or {@code 03-01}. */
  public static LeapDayBirthday parse(String value) {
    String v = value.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
    return switch (v) {
      case "FEB_28", "02_28" -> FEB_28;
      case "MAR_1", "MAR_01", "03_01" -> MAR_1;
      default ->
          throw new IllegalArgumentException(
              "leap-day birthday must be FEB_28 or MAR_1, not '" + value + "'");
    };
  }
}
