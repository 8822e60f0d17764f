package jp.mynacard.forecast;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.mynacard.renewal.LeadWindow;

/**
 * The night a renewal run tells an item of a given expiry under a lead time, when every night from
 * {@code asOf} on runs: its first night ({@link LeadWindow#firstNight}), or {@code asOf} when that
 * night has passed and the item is still ahead (the next run catches it up); none for an item that
 * expires before {@code asOf} (counted by the runs as expired, never mailed).
 */
public record SendingNight(int leadMonths, LocalDate expiresOn, LocalDate night) {
  /** The night, or null when no run tells the item any more. */
  public static LocalDate of(LocalDate expiresOn, int leadMonths, LocalDate asOf) {
    if (expiresOn.isBefore(asOf)) {
      return null;
    }
    LocalDate first = LeadWindow.firstNight(expiresOn, leadMonths);
    return first.isBefore(asOf) ? asOf : first;
  }

  /** Every (lead time, expiry) whose night falls in the range: the forecast's calendar. */
  public static List<SendingNight> in(ForecastRange range, List<Integer> leadMonths) {
    List<SendingNight> nights = new ArrayList<>();
    LocalDate firstExpiry = range.asOf().isAfter(range.from()) ? range.asOf() : range.from();
    for (int lead : leadMonths) {
      LocalDate lastExpiry = LeadWindow.end(range.to(), lead);
      for (LocalDate e = firstExpiry; !e.isAfter(lastExpiry); e = e.plusDays(1)) {
        LocalDate night = of(e, lead, range.asOf());
        if (night != null && range.contains(night)) {
          nights.add(new SendingNight(lead, e, night));
        }
      }
    }
    return nights;
  }

  /** The last expiry any night of the range tells: the end of the items the forecast reads. */
  public static LocalDate lastExpiry(ForecastRange range, List<Integer> leadMonths) {
    int longest = leadMonths.stream().mapToInt(Integer::intValue).max().orElse(0);
    return LeadWindow.end(range.to(), longest);
  }
}
