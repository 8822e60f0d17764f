package jp.mynacard.notice;

import java.time.LocalDate;
import java.time.chrono.JapaneseChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Dates in Japanese era form, as printed on cards and letters: 令和8年2月28日, and 元年 for the first year
 * of an era (令和元年5月1日), which java.time's own patterns do not write.
 */
public final class JapaneseDates {
  private static final DateTimeFormatter WAREKI =
      new DateTimeFormatterBuilder()
          .appendText(ChronoField.ERA, TextStyle.FULL)
          .appendText(ChronoField.YEAR_OF_ERA, yearsOfEra())
          .appendLiteral('年')
          .appendValue(ChronoField.MONTH_OF_YEAR)
          .appendLiteral('月')
          .appendValue(ChronoField.DAY_OF_MONTH)
          .appendLiteral('日')
          .toFormatter(Locale.JAPAN)
          .withChronology(JapaneseChronology.INSTANCE);

  private JapaneseDates() {}

  public static String wareki(LocalDate date) {
    return WAREKI.format(date);
  }

  private static Map<Long, String> yearsOfEra() {
    Map<Long, String> years = new HashMap<>();
    years.put(1L, "元");
    for (long y = 2; y <= 200; y++) {
      years.put(y, Long.toString(y));
    }
    return years;
  }
}
