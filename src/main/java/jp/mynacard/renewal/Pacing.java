package jp.mynacard.renewal;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Sending paced to the counters' capacity (issue 14): {@code dailyCapacity} counter visits a day
 * (null: no pacing, every due item is told at once), and {@code minLead}, how long before its
 * expiry an item must be told at the latest (its latest sending date is expiry minus this, months
 * subtracted as {@link LocalDate#minus} does: the end of a shorter month when the day is missing).
 * Configured by {@code mynacard.renewal.daily-capacity} and {@code mynacard.renewal.min-lead}
 * ({@code MYNACARD_RENEWAL_DAILY_CAPACITY}, {@code MYNACARD_RENEWAL_MIN_LEAD}), or per run by the
 * job parameters {@code dailyCapacity} ({@code none} turns configured pacing off) and {@code
 * minLead}.
 */
public record Pacing(Integer dailyCapacity, Period minLead) {
  public static final Period DEFAULT_MIN_LEAD = Period.ofMonths(1);

  /** Visits a day no municipality's counters reach: a larger figure is a typing mistake. */
  static final int MAX_CAPACITY = 1_000_000;

  /** As long as the longest lead time: an item can never be due earlier than that. */
  static final int MAX_MIN_LEAD_MONTHS = RenewalParameters.MAX_LEAD_MONTHS;

  public static final Pacing OFF = new Pacing(null, DEFAULT_MIN_LEAD);

  public Pacing {
    if (dailyCapacity != null && (dailyCapacity < 1 || dailyCapacity > MAX_CAPACITY)) {
      throw new IllegalArgumentException(
          "dailyCapacity must be between 1 and " + MAX_CAPACITY + " counter visits a day");
    }
    if (minLead == null) {
      minLead = DEFAULT_MIN_LEAD;
    }
    if (minLead.isNegative() || minLead.toTotalMonths() > MAX_MIN_LEAD_MONTHS) {
      throw new IllegalArgumentException(
          "minLead must be a period from P0D to P" + MAX_MIN_LEAD_MONTHS + "M, not " + minLead);
    }
  }

  /**
   * From text as a job parameter or the configuration gives it: capacity a whole number, empty for
   * none (or {@code none}); the minimum lead an ISO-8601 period ({@code P1M}, {@code P3W}), empty
   * for one month.
   *
   * @throws IllegalArgumentException naming the parameter and what is wrong with it
   */
  public static Pacing parse(String dailyCapacity, String minLead) {
    return new Pacing(capacity(dailyCapacity), period(minLead));
  }

  public boolean on() {
    return dailyCapacity != null;
  }

  /** The last night an item of this expiry may be told: expiry minus the minimum lead. */
  public LocalDate latestSendingDate(LocalDate expiresOn) {
    return expiresOn.minus(minLead);
  }

  /** Whether the run of {@code night} must tell an item of this expiry whatever the capacity. */
  public boolean forced(LocalDate expiresOn, LocalDate night) {
    return !latestSendingDate(expiresOn).isAfter(night);
  }

  /** The capacity as the job parameter writes it: the number, or {@code none}. */
  public String capacityText() {
    return dailyCapacity == null ? "none" : dailyCapacity.toString();
  }

  private static Integer capacity(String v) {
    if (v == null || v.isBlank() || v.strip().equalsIgnoreCase("none")) {
      return null;
    }
    try {
      return Integer.valueOf(v.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "dailyCapacity must be a whole number of counter visits a day, or none");
    }
  }

  private static Period period(String v) {
    if (v == null || v.isBlank()) {
      return DEFAULT_MIN_LEAD;
    }
    try {
      return Period.parse(v.strip().toUpperCase(Locale.ROOT));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "minLead must be an ISO-8601 period such as P1M (one month) or P3W (three weeks)");
    }
  }
}
