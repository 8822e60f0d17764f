package jp.mynacard.renewal;

import java.time.LocalDate;

/**
 * A lead time's window (DESIGN.md §3.2): which expiries the run of night {@code D} tells under a
 * lead time, months added as {@link LocalDate#plusMonths} adds them (the end of a shorter month
 * when the day is missing). The nightly selection and the forecast both ask this class, so the
 * forecast's sending nights are the nights the runs will really tell each item.
 *
 * <ul>
 *   <li>A lead time of {@code L} months before expiry ({@code L > 0}): the expiries from {@code D}
 *       to {@code D} plus {@code L} months, both included. A missed night is caught up by the next,
 *       whose window still holds the item.
 *   <li>A reminder {@code M} months after expiry ({@code L = -M}): the expiries {@code e} whose
 *       reminder date {@code R = e + M months} has come, {@code R <= D}, but not more than a month
 *       ago, {@code D < R + 1 month}. A missed night is caught up within that month; an item older
 *       than that is too late ({@link #remindersTooLateBefore}): counted, never mailed.
 * </ul>
 */
public final class LeadWindow {
  private LeadWindow() {}

  /** The expiries a run tells under a lead time: from {@code from} to {@code to}, both included. */
  public record Expiries(LocalDate from, LocalDate to) {}

  /** Whether a lead time tells items after their expiry (a reminder, written as negative). */
  public static boolean afterExpiry(int leadMonths) {
    return leadMonths < 0;
  }

  /** The expiries the run of {@code night} tells under {@code leadMonths}. */
  public static Expiries expiries(LocalDate night, int leadMonths) {
    if (!afterExpiry(leadMonths)) {
      return new Expiries(night, end(night, leadMonths));
    }
    return new Expiries(remindersTooLateBefore(night, leadMonths), lastReminded(night, leadMonths));
  }

  /** The last expiry the run of {@code night} tells under a lead time before expiry. */
  public static LocalDate end(LocalDate night, int leadMonths) {
    if (afterExpiry(leadMonths)) {
      throw new IllegalArgumentException(
          "a reminder after expiry has no window end: " + leadMonths);
    }
    return night.plusMonths(leadMonths);
  }

  /**
   * The date a reminder {@code -leadMonths} months after {@code expiresOn} is due: the expiry plus
   * that many months (2027-01-31 one month after: 2027-02-28).
   */
  public static LocalDate reminderDate(LocalDate expiresOn, int leadMonths) {
    return expiresOn.plusMonths(-leadMonths);
  }

  /**
   * Whether the run of {@code night} tells an item of {@code expiresOn} under {@code leadMonths}:
   * the definition the windows above are computed from.
   */
  public static boolean tells(LocalDate night, int leadMonths, LocalDate expiresOn) {
    if (!afterExpiry(leadMonths)) {
      return !expiresOn.isBefore(night) && !expiresOn.isAfter(end(night, leadMonths));
    }
    LocalDate due = reminderDate(expiresOn, leadMonths);
    return !due.isAfter(night) && night.isBefore(due.plusMonths(1));
  }

  /**
   * The first night whose window reaches {@code expiresOn}: the night a letter goes out when every
   * night runs. Before expiry usually the same day {@code leadMonths} earlier; when that month is
   * shorter the day does not exist there, and the window of its last day ends short of the expiry,
   * so the first night is the next month's first (2027-05-31 under 3 months: 2027-03-01). After
   * expiry the reminder date itself.
   */
  public static LocalDate firstNight(LocalDate expiresOn, int leadMonths) {
    if (afterExpiry(leadMonths)) {
      return reminderDate(expiresOn, leadMonths);
    }
    LocalDate night = expiresOn.minusMonths(leadMonths);
    while (end(night, leadMonths).isBefore(expiresOn)) {
      night = night.plusDays(1);
    }
    return night;
  }

  /**
   * The last night that still tells {@code expiresOn} under {@code leadMonths}: the expiry itself
   * before expiry; a reminder's date plus one month, less a day.
   */
  public static LocalDate lastNight(LocalDate expiresOn, int leadMonths) {
    if (!afterExpiry(leadMonths)) {
      return expiresOn;
    }
    return reminderDate(expiresOn, leadMonths).plusMonths(1).minusDays(1);
  }

  /**
   * The first expiry whose reminder {@code leadMonths} (negative) the run of {@code night} may
   * still send: items that expired before it and were not reminded are too late for it.
   */
  public static LocalDate remindersTooLateBefore(LocalDate night, int leadMonths) {
    // e + M months + 1 month never decreases as e grows: from a day near the answer, step back
    // below it, then forward to the first expiry whose reminder's month ends after the night
    LocalDate e = night.minusMonths(1L - leadMonths);
    while (night.isBefore(reminderDate(e, leadMonths).plusMonths(1))) {
      e = e.minusDays(1);
    }
    while (!night.isBefore(reminderDate(e, leadMonths).plusMonths(1))) {
      e = e.plusDays(1);
    }
    return e;
  }

  /** The last expiry whose reminder {@code leadMonths} (negative) is due by {@code night}. */
  private static LocalDate lastReminded(LocalDate night, int leadMonths) {
    // e + M months never decreases as e grows: step back to a due one, then forward to the last
    LocalDate e = night.plusMonths(leadMonths);
    while (reminderDate(e, leadMonths).isAfter(night)) {
      e = e.minusDays(1);
    }
    while (!reminderDate(e.plusDays(1), leadMonths).isAfter(night)) {
      e = e.plusDays(1);
    }
    return e;
  }
}
