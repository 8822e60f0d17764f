package jp.mynacard.validity;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A period of months as the Civil Code counts it (art. 143): it ends on the day before the
 * corresponding day of the last month, or at that month's end when that month has no corresponding
 * day. The caller applies art. 140 (the first day is not counted) by passing the day after.
 */
public final class CivilPeriod {
  private CivilPeriod() {}

  /** The last day of a period of {@code months} months that starts on {@code start}. */
  public static LocalDate end(LocalDate start, int months) {
    YearMonth last = YearMonth.from(start).plusMonths(months);
    if (start.getDayOfMonth() > last.lengthOfMonth()) {
      return last.atEndOfMonth();
    }
    return last.atDay(start.getDayOfMonth()).minusDays(1);
  }
}
