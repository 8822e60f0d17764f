package jp.mynacard.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import jp.mynacard.notice.CallCenter;
import jp.mynacard.notice.EveningHours;
import jp.mynacard.notice.Fees;
import jp.mynacard.notice.HealthInsuranceGrace;
import jp.mynacard.notice.LetterBundles;
import jp.mynacard.notice.LetterRenderer;
import jp.mynacard.notice.NoticeSettings;
import jp.mynacard.notice.Office;
import org.eclipse.microprofile.config.Config;

/**
 * What the letters say about the municipality, from MicroProfile Config (so also environment
 * variables, e.g. {@code MYNACARD_OFFICE_PHONE}). The defaults are the guidance's (Tsukuba's office
 * hours and closed days, the national call centers and fees) with a placeholder office that a
 * municipality replaces:
 *
 * <ul>
 *   <li>{@code mynacard.office.name}, {@code mynacard.office.address} (Japanese) and {@code
 *       mynacard.office.name.<lang>}, {@code mynacard.office.address.<lang>} per letter language (a
 *       language without its own falls back to English, then Japanese);
 *   <li>{@code mynacard.office.phone}; {@code mynacard.office.days} ({@code MONDAY-SATURDAY});
 *       {@code mynacard.office.hours} ({@code 08:45-16:30}); {@code
 *       mynacard.office.closed-on-holidays} ({@code true}); {@code
 *       mynacard.office.year-end-closure} ({@code 12-29/01-03}, empty for none); {@code
 *       mynacard.office.evening-hours} (e.g. {@code THURSDAY 2,4 19:30}, empty for none);
 *   <li>{@code mynacard.notice.call-centers} ({@code number=languages@hours|…;…}); {@code
 *       mynacard.notice.loss-number}; {@code mynacard.fees.card-reissue} (800) and {@code
 *       mynacard.fees.certificate-reissue} (200); {@code
 *       mynacard.notice.health-insurance-grace-months} (3: an expired certificate for user
 *       identification serves as a health insurance card to the end of the third month after).
 * </ul>
 */
@ApplicationScoped
public class NoticeSettingsProducer {
  /**
   * The national call centers as the guidance lists them (Tsukuba's guidance, October 2023; the
   * Digital Agency's leaflet of January 2023 gives Thai and Nepali 10:00–18:00).
   */
  static final String CALL_CENTERS =
      "0120-95-0178=ja@09:30-20:00/09:30-17:30;"
          + "0120-0178-27=en zh ko es pt@24h|th ne id@09:00-18:00|vi tl@10:00-19:00";

  static final Map<String, String> DEFAULTS =
      Map.ofEntries(
          Map.entry("mynacard.office.name", "サンプル市役所 市民課 マイナンバーカード窓口"),
          Map.entry("mynacard.office.name.en", "Sample City Hall, Citizen Services Division"),
          Map.entry("mynacard.office.address", "サンプル市中央一丁目1番1号 本庁舎1階"),
          Map.entry(
              "mynacard.office.address.en", "1-1-1 Chuo, Sample City, main building, 1st floor"),
          Map.entry("mynacard.office.phone", "000-000-0000"),
          Map.entry("mynacard.office.days", "MONDAY-SATURDAY"),
          Map.entry("mynacard.office.hours", "08:45-16:30"),
          Map.entry("mynacard.office.closed-on-holidays", "true"),
          Map.entry("mynacard.office.year-end-closure", "12-29/01-03"),
          Map.entry("mynacard.office.evening-hours", ""),
          Map.entry("mynacard.notice.call-centers", CALL_CENTERS),
          Map.entry("mynacard.notice.loss-number", "0120-95-0178"),
          Map.entry("mynacard.fees.card-reissue", "800"),
          Map.entry("mynacard.fees.certificate-reissue", "200"),
          Map.entry("mynacard.notice.health-insurance-grace-months", "3"));

  @Inject Config config;

  @Produces
  @Singleton
  NoticeSettings settings() {
    return settings(key -> config.getOptionalValue(key, String.class).orElse(null));
  }

  @Produces
  @Singleton
  LetterRenderer renderer(NoticeSettings settings) {
    return new LetterRenderer(settings);
  }

  /** The settings from a lookup that answers null for a key that is not set. */
  public static NoticeSettings settings(java.util.function.Function<String, String> lookup) {
    java.util.function.Function<String, String> get =
        key -> {
          String v = lookup.apply(key);
          return v != null ? v : DEFAULTS.get(key);
        };
    Map<String, String> names = new HashMap<>();
    Map<String, String> addresses = new HashMap<>();
    names.put("ja", get.apply("mynacard.office.name"));
    addresses.put("ja", get.apply("mynacard.office.address"));
    for (String language : LetterBundles.LANGUAGES) {
      String name = get.apply("mynacard.office.name." + language);
      String address = get.apply("mynacard.office.address." + language);
      if (name != null) {
        names.put(language, name);
      }
      if (address != null) {
        addresses.put(language, address);
      }
    }
    String[] days = get.apply("mynacard.office.days").split("-");
    String[] hours = get.apply("mynacard.office.hours").split("-");
    if (days.length != 2 || hours.length != 2) {
      throw new IllegalArgumentException(
          "mynacard.office.days and mynacard.office.hours are ranges: MONDAY-SATURDAY, 08:45-16:30");
    }
    String closure = get.apply("mynacard.office.year-end-closure").strip();
    MonthDay closedFrom = null;
    MonthDay closedTo = null;
    if (!closure.isEmpty()) {
      String[] range = closure.split("/");
      closedFrom = MonthDay.parse("--" + range[0].strip());
      closedTo = MonthDay.parse("--" + range[range.length - 1].strip());
    }
    Office office =
        new Office(
            names,
            addresses,
            get.apply("mynacard.office.phone"),
            DayOfWeek.valueOf(days[0].strip().toUpperCase(Locale.ROOT)),
            DayOfWeek.valueOf(days[1].strip().toUpperCase(Locale.ROOT)),
            LocalTime.parse(hours[0].strip()),
            LocalTime.parse(hours[1].strip()),
            Boolean.parseBoolean(get.apply("mynacard.office.closed-on-holidays").strip()),
            closedFrom,
            closedTo,
            EveningHours.parse(get.apply("mynacard.office.evening-hours")));
    return new NoticeSettings(
        office,
        CallCenter.parseAll(get.apply("mynacard.notice.call-centers")),
        get.apply("mynacard.notice.loss-number"),
        new Fees(
            Integer.parseInt(get.apply("mynacard.fees.card-reissue").strip()),
            Integer.parseInt(get.apply("mynacard.fees.certificate-reissue").strip())),
        grace(get.apply("mynacard.notice.health-insurance-grace-months")));
  }

  private static HealthInsuranceGrace grace(String months) {
    try {
      return new HealthInsuranceGrace(Integer.parseInt(months.strip()));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "mynacard.notice.health-insurance-grace-months (MYNACARD_NOTICE_HEALTH_INSURANCE_GRACE_MONTHS)"
              + " must be a whole number of months from 0 to 12, not '"
              + months
              + "'",
          e);
    }
  }
}
