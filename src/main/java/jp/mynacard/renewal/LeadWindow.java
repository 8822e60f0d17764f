package jp.mynacard.renewal;

import java.time.LocalDate;

/**
 * A lead time's window (DESIGN.md §3.2): the run of night {@code D} tells the items expiring from
 * {@code D} to {@code D} plus the lead's months, both included, months added as {@link
 * LocalDate#plusMonths} adds them (the end of a shorter month when the day is missing). The nightly
 * selection and the forecast both ask this class, so the forecast's sending nights are the nights
 * the runs will really tell each item.
 */
public final class LeadWindow {
  private LeadWindow() {}

  /** The last expiry the run of {@code night} tells under {@code leadMonths}. */
  public static LocalDate end(LocalDate night, int leadMonths) {
    return night.plusMonths(leadMonths);
  }

  /**
   * The first night whose window reaches {@code expiresOn}: the night a letter goes out when every
   * night runs. Usually the same day {@code leadMonths} earlier; when that month is shorter the day
   * does not exist there, and the window of its last day ends short of the expiry, so the first
   * night is the next month's first (2027-05-31 under 3 months: 2027-03-01).
   */
  public static LocalDate firstNight(LocalDate expiresOn, int leadMonths) {
    LocalDate night = expiresOn.minusMonths(leadMonths);
    while (end(night, leadMonths).isBefore(expiresOn)) {
      night = night.plusDays(1);
    }
    return night;
  }
}
