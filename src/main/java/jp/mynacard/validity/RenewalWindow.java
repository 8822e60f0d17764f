package jp.mynacard.validity;

import java.time.LocalDate;

/**
 * The renewal window: renewal may be applied for once less than the window's months remain until
 * the expiry date E (DESIGN.md §2). Day D is inside when the period from D+1 to E is shorter than
 * that many months, counted as the Civil Code counts periods (art. 140: the first day is not
 * counted; art. 143: a period of months ends on the day before the corresponding day of the last
 * month, or at that month's end when it has no corresponding day). So the window of 2023-07-07
 * opens on 2023-04-08, as municipalities publish it, and that of 2027-05-31 on 2027-03-01.
 *
 * <p>The one implementation of the window: the letters' "from when", the export's {@code
 * renewal_opens_on}, the card API, the validity preview and the early-renewal test of a replaced
 * certificate all ask it.
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

  /** The first day on which less than the window's months remain until {@code expiresOn}. */
  public LocalDate opensOn(LocalDate expiresOn) {
    // the answer lies within a few days after E minus the months (month lengths differ by three)
    LocalDate d = expiresOn.minusMonths(months).minusDays(4);
    while (!lessThanWindowRemains(d, expiresOn)) {
      d = d.plusDays(1);
    }
    return d;
  }

  /** Whether {@code date} lies in the window of {@code expiresOn}, both ends included. */
  public boolean contains(LocalDate expiresOn, LocalDate date) {
    return !date.isBefore(opensOn(expiresOn)) && !date.isAfter(expiresOn);
  }

  /**
   * Whether a certificate issued on {@code issuedOn} renewed the one expiring on {@code
   * previousExpiresOn} inside its window (the early-renewal case that runs to the 6th birthday).
   * The expiry date itself does not count: renewed on that day, the 5th birthday after issue
   * already loses nothing.
   */
  public boolean renewedInside(LocalDate previousExpiresOn, LocalDate issuedOn) {
    return !issuedOn.isBefore(opensOn(previousExpiresOn)) && issuedOn.isBefore(previousExpiresOn);
  }

  private boolean lessThanWindowRemains(LocalDate day, LocalDate expiresOn) {
    return expiresOn.isBefore(periodEnd(day.plusDays(1)));
  }

  /** The last day of a period of the window's months that starts on {@code start} (art. 143). */
  LocalDate periodEnd(LocalDate start) {
    return CivilPeriod.end(start, months);
  }
}
