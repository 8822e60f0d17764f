package jp.mynacard.notice;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.Map;
import java.util.Objects;

/**
 * The counter where residents renew: its name and address (per letter language, falling back to
 * English, then Japanese), telephone, opening days and hours, and the days it is closed besides the
 * weekdays outside {@code openFrom}–{@code openTo}: national holidays and the year-end closure.
 * {@code evening} (null for none) holds extra hours on some weekdays of the month.
 */
public record Office(
    Map<String, String> names,
    Map<String, String> addresses,
    String phone,
    DayOfWeek openFrom,
    DayOfWeek openTo,
    LocalTime opens,
    LocalTime closes,
    boolean closedOnHolidays,
    MonthDay yearEndFrom,
    MonthDay yearEndTo,
    EveningHours evening) {

  public Office {
    if (!names.containsKey("ja") || !addresses.containsKey("ja")) {
      throw new IllegalArgumentException("the office needs at least a Japanese name and address");
    }
    names = Map.copyOf(names);
    addresses = Map.copyOf(addresses);
    Objects.requireNonNull(phone, "phone");
    if (!opens.isBefore(closes)) {
      throw new IllegalArgumentException("the office must open before it closes");
    }
  }

  public String name(String language) {
    return inLanguage(names, language);
  }

  public String address(String language) {
    return inLanguage(addresses, language);
  }

  /** Weekdays outside the opening days, Monday first (a Monday-to-Saturday office: Sunday). */
  public java.util.List<DayOfWeek> closedWeekdays() {
    java.util.List<DayOfWeek> closed = new java.util.ArrayList<>();
    for (DayOfWeek d : DayOfWeek.values()) {
      if (!isOpenOn(d)) {
        closed.add(d);
      }
    }
    return closed;
  }

  private boolean isOpenOn(DayOfWeek d) {
    int from = openFrom.getValue();
    int to = openTo.getValue();
    int v = d.getValue();
    return from <= to ? v >= from && v <= to : v >= from || v <= to;
  }

  // A Thai letter with the address in Thai is best, in English next: a resident who reads Thai
  // more likely reads English than Japanese.
  private static String inLanguage(Map<String, String> texts, String language) {
    String t = texts.get(language);
    if (t == null) {
      t = texts.get("en");
    }
    return t == null ? texts.get("ja") : t;
  }
}
