package jp.mynacard.notice;

import java.time.LocalTime;

/**
 * When a telephone line answers in some languages: around the clock, the same hours every day, or
 * weekday hours and weekend-and-holiday hours (as the guidance lists the national call centers).
 * Written in configuration as {@code 24h}, {@code 09:00-18:00} or {@code 09:30-20:00/09:30-17:30}.
 *
 * @param weekendOpens null when every day has the same hours
 */
public record AnswerHours(
    boolean allDay,
    LocalTime opens,
    LocalTime closes,
    LocalTime weekendOpens,
    LocalTime weekendCloses) {

  public static final AnswerHours ALL_DAY = new AnswerHours(true, null, null, null, null);

  public static AnswerHours parse(String spec) {
    String s = spec.strip();
    if (s.equalsIgnoreCase("24h")) {
      return ALL_DAY;
    }
    String[] days = s.split("/");
    if (days.length > 2) {
      throw new IllegalArgumentException("call-center hours '" + s + "': at most weekday/weekend");
    }
    LocalTime[] weekday = range(days[0]);
    LocalTime[] weekend = days.length == 2 ? range(days[1]) : new LocalTime[] {null, null};
    return new AnswerHours(false, weekday[0], weekday[1], weekend[0], weekend[1]);
  }

  private static LocalTime[] range(String spec) {
    String[] times = spec.strip().split("-");
    if (times.length != 2) {
      throw new IllegalArgumentException(
          "call-center hours '" + spec.strip() + "' must be 24h or a range such as 09:00-18:00");
    }
    return new LocalTime[] {LocalTime.parse(times[0].strip()), LocalTime.parse(times[1].strip())};
  }
}
