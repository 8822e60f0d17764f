package jp.mynacard.notice;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Extra opening hours on some weekdays of the month, e.g. until 19:30 on the 2nd and 4th Thursdays
 * (Tsukuba's counter). Written in configuration as {@code THURSDAY 2,4 19:30}.
 *
 * @param weeks which occurrences of {@code day} in the month (1–5)
 */
public record EveningHours(DayOfWeek day, List<Integer> weeks, LocalTime closes) {
  public EveningHours {
    weeks = List.copyOf(weeks);
    if (weeks.isEmpty() || weeks.stream().anyMatch(w -> w < 1 || w > 5)) {
      throw new IllegalArgumentException("evening hours need weeks of the month between 1 and 5");
    }
  }

  /** Null for an empty specification (no evening hours). */
  public static EveningHours parse(String spec) {
    if (spec == null || spec.isBlank()) {
      return null;
    }
    String[] parts = spec.strip().split("\\s+");
    if (parts.length != 3) {
      throw new IllegalArgumentException(
          "mynacard.office.evening-hours '" + spec.strip() + "' must read like THURSDAY 2,4 19:30");
    }
    List<Integer> weeks = new ArrayList<>();
    for (String w : parts[1].split(",")) {
      weeks.add(Integer.parseInt(w.strip()));
    }
    return new EveningHours(
        DayOfWeek.valueOf(parts[0].toUpperCase(Locale.ROOT)), weeks, LocalTime.parse(parts[2]));
  }
}
