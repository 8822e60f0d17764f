package jp.mynacard.validity;

import java.time.LocalDate;

/**
 * The renewal window: it opens a number of months before the expiry date, on the same day of month
 * clamped to the month's end (31 May − 3 months = 28 or 29 February), and closes with the expiry
 * date itself.
 */
public final class RenewalWindow {
  public static final int DEFAULT_MONTHS = 3;

  private final int months;

  public RenewalWindow(int months) {
    if (months < 1) {
      throw new IllegalArgumentException("renewal window must be at least one month");
    }
    this.months = months;
  }

  public static RenewalWindow threeMonths() {
    return new RenewalWindow(DEFAULT_MONTHS);
  }

  public LocalDate opensOn(LocalDate expiresOn) {
    return expiresOn.minusMonths(months);
  }

  /** Whether {@code date} lies in the window of {@code expiresOn}, both ends included. */
  public boolean contains(LocalDate expiresOn, LocalDate date) {
    return !date.isBefore(opensOn(expiresOn)) && !date.isAfter(expiresOn);
  }
}
