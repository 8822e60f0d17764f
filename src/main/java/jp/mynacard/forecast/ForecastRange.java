package jp.mynacard.forecast;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Pattern;

/**
 * What a forecast covers: the whole ISO weeks (Monday to Sunday) that the asked dates touch, and
 * the night from which the renewal runs are assumed to run every night ({@code asOf}: nights before
 * it send nothing more; an item whose first night has passed untold goes out on it, as the next run
 * catches it up).
 *
 * @param from the Monday of the first week
 * @param to the Sunday of the last week
 */
public record ForecastRange(LocalDate from, LocalDate to, LocalDate asOf) {
  /** At most two years from {@code from} to {@code to}: a plan, not a scan of the registry. */
  public static final int MAX_YEARS = 2;

  /** The years a date may name: the registry's dates, with room for any plan. */
  private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

  private static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

  /** Four-digit years only, as yyyy-MM-dd says ({@code LocalDate} takes "+99999-01-01"). */
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  public ForecastRange {
    if (from.getDayOfWeek() != DayOfWeek.MONDAY || to.getDayOfWeek() != DayOfWeek.SUNDAY) {
      throw new IllegalArgumentException("a forecast covers whole ISO weeks, Monday to Sunday");
    }
  }

  /**
   * The range of the dates asked for, widened to whole weeks.
   *
   * @param asOf empty or null for {@code today}
   * @throws IllegalArgumentException naming the parameter and what is wrong with it
   */
  public static ForecastRange of(String from, String to, String asOf, LocalDate today) {
    LocalDate first = date("from", from, null);
    LocalDate last = date("to", to, null);
    if (first.isAfter(last)) {
      throw new IllegalArgumentException("from " + first + " is after to " + last);
    }
    if (last.isAfter(first.plusYears(MAX_YEARS))) {
      throw new IllegalArgumentException(
          "from " + first + " to " + last + " is longer than " + MAX_YEARS + " years");
    }
    return new ForecastRange(
        first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
        last.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)),
        date("asOf", asOf, today));
  }

  /** The Monday of the ISO week of {@code day}. */
  public static LocalDate weekOf(LocalDate day) {
    return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  /** The ISO week's name, e.g. "2026-W01" (the week-based year, not the calendar year). */
  public static String weekName(LocalDate day) {
    return String.format(
        "%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(from) && !day.isAfter(to);
  }

  private static LocalDate date(String name, String value, LocalDate fallback) {
    if (value == null || value.isBlank()) {
      if (fallback != null) {
        return fallback;
      }
      throw new IllegalArgumentException(name + " is required, as yyyy-MM-dd");
    }
    String v = value.strip();
    try {
      if (DATE.matcher(v).matches()) {
        LocalDate date = LocalDate.parse(v);
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
          throw new IllegalArgumentException(
              name + " must lie between " + EARLIEST + " and " + LATEST);
        }
        return date;
      }
    } catch (DateTimeParseException e) {
      // answered below, without the parser's text
    }
    throw new IllegalArgumentException(name + " must be a date in the form yyyy-MM-dd");
  }
}
