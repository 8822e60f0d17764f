package jp.mynacard.notice;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * Dates as a reader of each language expects them: Japanese in era form (令和8年2月28日), the others in
 * their locale's long form (February 28, 2026; 28 de febrero de 2026).
 */
public final class LetterDates {
  // DateTimeFormatter is immutable and thread-safe: one per language, not one per date
  private static final java.util.Map<String, DateTimeFormatter> LONG =
      new java.util.concurrent.ConcurrentHashMap<>();

  private LetterDates() {}

  public static String date(LocalDate date, String language) {
    if (language.equals("ja")) {
      return JapaneseDates.wareki(date);
    }
    return LONG.computeIfAbsent(
            language,
            l ->
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                    .withLocale(LetterBundles.locale(l)))
        .format(date);
  }

  /**
   * A time of day in the bundle's {@code format.time} pattern, or {@code format.timeOnHour} on the
   * hour (Japanese writes 午後4時30分 but 午後7時, not 午後7時0分).
   */
  public static String time(LocalTime time, String language) {
    String key = time.getMinute() == 0 ? "format.timeOnHour" : "format.time";
    String pattern = LetterBundles.bundle(language).getString(key);
    return DateTimeFormatter.ofPattern(pattern, LetterBundles.locale(language)).format(time);
  }

  /** A day of the year (29 December) in the bundle's {@code format.monthDay} pattern. */
  public static String monthDay(MonthDay day, String language) {
    String pattern = LetterBundles.bundle(language).getString("format.monthDay");
    return DateTimeFormatter.ofPattern(pattern, LetterBundles.locale(language))
        .format(day.atYear(2000));
  }
}
