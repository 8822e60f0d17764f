package jp.mynacard.renewal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import jp.mynacard.registry.AuditEntry;

/**
 * The bound on a run's {@code asOf} (issue 11): at most {@value #MAX_DAYS} days before or after
 * today in Asia/Tokyo, unless the run says {@code allowDistantAsOf=true}. A typo in the date must
 * not record notices months early (a date ahead) nor tell items already past their window as if
 * they were due (a date behind); a run that means it says so, and is audited.
 */
public final class AsOfBound {
  public static final int MAX_DAYS = 7;

  static final String AUDIT_ACTION = "DISTANT_AS_OF_ALLOWED";

  private AsOfBound() {}

  /** Days from today to asOf: negative when asOf lies behind. */
  static long days(LocalDate asOf, LocalDate today) {
    return ChronoUnit.DAYS.between(today, asOf);
  }

  static boolean distant(LocalDate asOf, LocalDate today) {
    return Math.abs(days(asOf, today)) > MAX_DAYS;
  }

  /**
   * @throws IllegalArgumentException naming {@code asOf} and the way out, when asOf is distant and
   *     not allowed
   */
  static void check(LocalDate asOf, LocalDate today, boolean allowed) {
    if (distant(asOf, today) && !allowed) {
      throw new IllegalArgumentException(
          "asOf "
              + asOf
              + " is "
              + distance(asOf, today)
              + "; a run more than "
              + MAX_DAYS
              + " days from today needs allowDistantAsOf=true");
    }
  }

  /** The audit line of a run whose distant asOf was allowed. */
  static AuditEntry allowed(long runId, long executionId, LocalDate asOf, LocalDate today) {
    return new AuditEntry(
        RenewalNoticesJob.NAME + "#" + runId,
        "operator",
        AUDIT_ACTION,
        "RUN",
        Long.toString(runId),
        null,
        "allowDistantAsOf=true",
        "batch",
        "asOf " + asOf + " is " + distance(asOf, today) + "; execution " + executionId);
  }

  private static String distance(LocalDate asOf, LocalDate today) {
    long days = days(asOf, today);
    return Math.abs(days)
        + (days < 0 ? " days before" : " days after")
        + " today ("
        + today
        + " in Asia/Tokyo)";
  }
}
