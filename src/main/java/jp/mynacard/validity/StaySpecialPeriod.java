package jp.mynacard.validity;

import java.time.LocalDate;

/**
 * The special period (特例期間) of a foreign resident who applied for the renewal of the period of
 * stay, or a change of status, before it ended and is still waiting for the decision: the stay, and
 * a card that ends with it, go on until the decision, at most until two months have passed from the
 * day the stay ended (Immigration Control Act art. 20(6), 21(4)), counted as the Civil Code counts
 * periods: from the next day (art. 140), to the day before the corresponding day (art. 143). A stay
 * ending 2027-01-15 runs at most to 2027-03-15, one ending 2026-11-30 to 2027-01-31.
 */
public final class StaySpecialPeriod {
  static final int MONTHS = 2;

  private StaySpecialPeriod() {}

  /** The last day the special period of a stay that ended on {@code stayEndedOn} may run to. */
  public static LocalDate latestEnd(LocalDate stayEndedOn) {
    return CivilPeriod.end(stayEndedOn.plusDays(1), MONTHS);
  }

  /** Whether a special period after {@code stayEndedOn} may still run on {@code day}. */
  public static boolean mayRunOn(LocalDate stayEndedOn, LocalDate day) {
    return !day.isAfter(latestEnd(stayEndedOn));
  }
}
