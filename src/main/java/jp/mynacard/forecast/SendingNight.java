package jp.mynacard.forecast;

import java.time.LocalDate;
import java.util.List;
import jp.mynacard.renewal.LeadWindow;

/**
 * The night a renewal run tells an item of a given expiry under a lead time, when every night from
 * {@code asOf} on runs: its first night ({@link LeadWindow#firstNight}), or {@code asOf} when that
 * night has passed and the window still holds the item (the next run catches it up); none when the
 * window closed before {@code asOf}: an item that expires before {@code asOf} under a lead time
 * before expiry (counted by the runs as expired), a reminder after expiry more than a month late
 * (counted as too late). The first letter that tells an item of an expiry ({@link #firstLead}: the
 * earliest night of all lead times, from {@code asOf} on, even one before the forecast's range)
 * brings the item's counter visits.
 */
public final class SendingNight {
  private SendingNight() {}

  /** The night, or null when no run tells the item any more. */
  public static LocalDate of(LocalDate expiresOn, int leadMonths, LocalDate asOf) {
    LocalDate first = LeadWindow.firstNight(expiresOn, leadMonths);
    LocalDate night = first.isBefore(asOf) ? asOf : first;
    return night.isAfter(LeadWindow.lastNight(expiresOn, leadMonths)) ? null : night;
  }

  /**
   * The lead time whose letter first tells an item of {@code expiresOn}: the earliest night; on one
   * night the longest lead time (the list is longest first).
   */
  static int firstLead(LocalDate expiresOn, List<Integer> leadMonths, ForecastRange range) {
    Integer first = null;
    LocalDate earliest = null;
    for (int lead : leadMonths) {
      LocalDate night = of(expiresOn, lead, range.asOf());
      if (night != null && (earliest == null || night.isBefore(earliest))) {
        earliest = night;
        first = lead;
      }
    }
    return first == null ? 0 : first;
  }

  /** The first expiry any night of the range tells: the start of the items the forecast reads. */
  public static LocalDate firstExpiry(ForecastRange range, List<Integer> leadMonths) {
    LocalDate first = range.from();
    for (int lead : leadMonths) {
      LocalDate e = firstExpiry(range, lead);
      first = e.isBefore(first) ? e : first;
    }
    return first;
  }

  /** The last expiry any night of the range tells: the end of the items the forecast reads. */
  public static LocalDate lastExpiry(ForecastRange range, List<Integer> leadMonths) {
    LocalDate last = range.to();
    for (int lead : leadMonths) {
      LocalDate e = lastExpiry(range, lead);
      last = e.isAfter(last) ? e : last;
    }
    return last;
  }

  /** Before expiry: from asOf or the range; a reminder: the oldest still due on a night in it. */
  private static LocalDate firstExpiry(ForecastRange range, int lead) {
    LocalDate firstNight = range.asOf().isAfter(range.from()) ? range.asOf() : range.from();
    return LeadWindow.afterExpiry(lead)
        ? LeadWindow.remindersTooLateBefore(firstNight, lead)
        : firstNight;
  }

  private static LocalDate lastExpiry(ForecastRange range, int lead) {
    return LeadWindow.expiries(range.to(), lead).to();
  }
}
